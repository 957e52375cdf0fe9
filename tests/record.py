#!/usr/bin/env python3
"""Re-record the expected results (.exp files) of the tests/py conformance suite.

Usage:
    python3 tests/record.py [--check] [--python PY] [--jobs N] [PATH ...]

PATH may be a test program (NAME.py) or a directory (searched recursively);
with no PATH every tests/py/**/*.py is recorded.  Each program is run by
CPython 3.11 exactly the way tests/run_py.mjs runs it: copied into a fresh
temporary directory which becomes the cwd, started as `python3 NAME.py ARGS...`
(ARGS from NAME.args, one per line), stdin from NAME.in (or empty), with
PYTHONHASHSEED=0 and PYTHONIOENCODING=utf-8, and a 30 s timeout.

--check   additionally re-runs every program twice more (PYTHONHASHSEED=1 and
          PYTHONHASHSEED=4242) and reports programs whose result depends on the
          hash seed or on the run (time, ids, ...).  Nothing is written for
          programs that are not deterministic.

The .exp format is described in tests/README.md.  This script never edits
.py files.
"""

import argparse
import concurrent.futures
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_ROOT = os.path.join(HERE, "py")
TIMEOUT = 30


def last_stderr_line(stderr: bytes) -> str:
    """The last non-blank line of stderr, right-stripped ('' if none)."""
    text = stderr.decode("utf-8", errors="replace")
    for line in reversed(text.splitlines()):
        if line.strip():
            return line.rstrip()
    return ""


def format_exp(rc: int, stdout: bytes, stderr: bytes) -> bytes:
    last = last_stderr_line(stderr)
    header_needed = rc != 0 or last != "" or stdout.startswith(b"# exit")
    if not header_needed:
        return stdout
    header = "# exit %d" % rc
    if last:
        header += " | " + last
    return header.encode("utf-8") + b"\n" + stdout


def read_args(py_path: str):
    args_path = py_path[:-3] + ".args"
    if not os.path.exists(args_path):
        return []
    with open(args_path, encoding="utf-8") as f:
        return [line.rstrip("\r\n") for line in f.read().splitlines()]


def read_stdin(py_path: str) -> bytes:
    in_path = py_path[:-3] + ".in"
    if not os.path.exists(in_path):
        return b""
    with open(in_path, "rb") as f:
        return f.read()


def run_one(python: str, py_path: str, hashseed: str):
    """Run one program; returns (rc, stdout, stderr)."""
    name = os.path.basename(py_path)
    tmp = tempfile.mkdtemp(prefix="interleave-rec-")
    try:
        shutil.copyfile(py_path, os.path.join(tmp, name))
        env = dict(os.environ)
        env["PYTHONHASHSEED"] = hashseed
        env["PYTHONIOENCODING"] = "utf-8"
        env.pop("PYTHONSTARTUP", None)
        env.pop("PYTHONWARNINGS", None)
        env["PYTHONDONTWRITEBYTECODE"] = "1"
        try:
            p = subprocess.run(
                [python, name] + read_args(py_path),
                cwd=tmp,
                env=env,
                input=read_stdin(py_path),
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                timeout=TIMEOUT,
            )
        except subprocess.TimeoutExpired:
            return None, b"", b"timeout"
        rc = p.returncode
        if rc < 0:  # killed by a signal (e.g. uncaught KeyboardInterrupt): shell convention
            rc = 128 - rc
        return rc, p.stdout, p.stderr
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def collect(paths):
    out = []
    for p in paths:
        p = os.path.abspath(p)
        if os.path.isdir(p):
            for root, dirs, files in os.walk(p):
                dirs.sort()
                for f in sorted(files):
                    if f.endswith(".py"):
                        out.append(os.path.join(root, f))
        elif p.endswith(".py") and os.path.isfile(p):
            out.append(p)
        else:
            sys.exit("record.py: not a test program or directory: %s" % p)
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("paths", nargs="*")
    ap.add_argument("--python", default="python3")
    ap.add_argument("--check", action="store_true",
                    help="also verify that results do not depend on the hash seed or the run")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 4)
    opts = ap.parse_args()

    ver = subprocess.run([opts.python, "-c", "import sys; print(sys.version_info[:2])"],
                         stdout=subprocess.PIPE, text=True).stdout.strip()
    if ver != "(3, 11)":
        print("record.py: warning: %s is Python %s, expected 3.11" % (opts.python, ver),
              file=sys.stderr)

    tests = collect(opts.paths or [DEFAULT_ROOT])

    def work(path):
        rc, out, err = run_one(opts.python, path, "0")
        if rc is None:
            return path, None, "timed out after %d s" % TIMEOUT
        exp = format_exp(rc, out, err)
        if opts.check:
            for seed in ("1", "4242"):
                rc2, out2, err2 = run_one(opts.python, path, seed)
                if rc2 is None or format_exp(rc2, out2, err2) != exp:
                    return path, None, "not deterministic (PYTHONHASHSEED=%s differs)" % seed
        return path, exp, None

    problems = 0
    written = 0
    with concurrent.futures.ThreadPoolExecutor(max_workers=opts.jobs) as pool:
        for path, exp, problem in pool.map(work, tests):
            rel = os.path.relpath(path, DEFAULT_ROOT)
            if problem:
                problems += 1
                print("%s: %s" % (rel, problem), file=sys.stderr)
                continue
            exp_path = path[:-3] + ".exp"
            old = None
            if os.path.exists(exp_path):
                with open(exp_path, "rb") as f:
                    old = f.read()
            if old != exp:
                with open(exp_path, "wb") as f:
                    f.write(exp)
                written += 1
                print("%s: %s" % ("updated" if old is not None else "recorded", rel))
    print("%d programs, %d .exp files written, %d problems" % (len(tests), written, problems))
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
