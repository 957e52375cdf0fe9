# textwrap: wrap/fill options, hyphen splitting, dedent, indent, shorten
import textwrap
texts = ["Look, goof-ball -- use the -b option!", "The quick brown fox jumped over the lazy dog. " * 5,
 "well-known state-of-the-art e-mail x-y a--b foo--bar -- --x 123-456 ab-cd-ef", "Hello there.  How are you? Fine!\tTabs\there.\nNew line.",
 "supercalifragilisticexpialidocious is a verylongwordthatmustbebroken ok", "a-b-c-d-e-f-g-h-i-j-k-l-m-n-o-p", "  leading and trailing  "]
for t in texts:
    for w in (5, 10, 12, 20, 40):
        print(w, textwrap.wrap(t, w))
        print(w, textwrap.wrap(t, w, break_on_hyphens=False, fix_sentence_endings=True))
    print(textwrap.fill(t, 15, initial_indent='* ', subsequent_indent='  '))
    print(textwrap.wrap(t, 10, max_lines=2))
    print(textwrap.wrap(t, 10, drop_whitespace=False, break_long_words=False))
    print(textwrap.shorten(t, 25))
for t in ["    a\n      b\n    c\n", "\ta\n\t\tb\n", "  x\n\t y\n", "   \n  a\n  \n   b", "no indent\n  x", "  a\n  b"]:
    print(repr(textwrap.dedent(t)))
print(repr(textwrap.indent("a\n\nb\n", "> ")), repr(textwrap.indent("a\n \nb", "+", lambda l: True)))
