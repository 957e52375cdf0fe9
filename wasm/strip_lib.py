"""Copies wasm/lib/**/*.py into OUTDIR without their comments, every line kept
(so line numbers stay right), for embed_lib.cmake: comments are a sixth of the
library's compressed size, and the library is a third of the wasm download.
Docstrings stay (they are __doc__). A file tokenize cannot read is copied as
it is.

    python3 wasm/strip_lib.py LIBDIR OUTDIR
"""
import io
import os
import sys
import tokenize


def strip_comments(src):
    cut = {}  # line number -> column where its comment starts
    for tok in tokenize.generate_tokens(io.StringIO(src).readline):
        if tok.type == tokenize.COMMENT:
            cut[tok.start[0]] = tok.start[1]
    out = []
    for number, line in enumerate(src.splitlines(keepends=True), 1):
        if number in cut:
            kept = line[:cut[number]].rstrip()
            out.append(kept + '\n')
        else:
            out.append(line)
    return ''.join(out)


def main(libdir, outdir):
    for root, _, files in os.walk(libdir):
        for name in files:
            if not name.endswith('.py'):
                continue
            path = os.path.join(root, name)
            with open(path, encoding='utf-8') as f:
                src = f.read()
            try:
                src = strip_comments(src)
            except (tokenize.TokenError, SyntaxError, IndentationError):
                pass
            target = os.path.join(outdir, os.path.relpath(path, libdir))
            os.makedirs(os.path.dirname(target), exist_ok=True)
            with open(target, 'w', encoding='utf-8') as f:
                f.write(src)


if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2])
