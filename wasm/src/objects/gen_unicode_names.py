#!/usr/bin/env python3
"""Generates unicode_names.inc: the Unicode character names behind "\\N{...}"
escapes and unicodedata.name()/lookup(), taken from the running CPython (3.11:
Unicode 14.0) so that the names match it exactly.

    python3 wasm/src/objects/gen_unicode_names.py > wasm/src/objects/unicode_names.inc

The whole table would add ~105 KiB to the gzipped wasm build; to keep the
download small only the scripts people type are stored (COVERED below: the
whole BMP, and from U+1D000 on: musical and mathematical symbols,
mathematical alphanumerics, emoji, tags, variation selectors). The historic
scripts of U+10000-U+1CFFF (cuneiform, hieroglyphs, Tangut components ...)
are left out. Names of the form PREFIX-HEX (CJK UNIFIED IDEOGRAPH-4E00, CJK
COMPATIBILITY IDEOGRAPH-F900, KHITAN SMALL SCRIPT CHARACTER-18B00, NUSHU
CHARACTER-1B170) and Hangul syllables are computed, not stored.

Compression:
- names are split into words (at spaces, and at hyphens between two letters
  or digits, which become a "joined by hyphen" token); the words are stored
  once, front-coded; the 191 most frequent get one-byte numbers;
- names are stored in code point order, each as the number of leading words
  it shares with the previous name plus its remaining words; every
  kNameBlock-th name restarts (shares nothing) so that name() can start
  decoding at the nearest block.

Aliases (NameAliases.txt: 'LINE FEED', 'LF', 'BYTE ORDER MARK' ...) are
accepted by \\N{} and lookup(); Python does not list them, so candidates come
from Perl's copy of the Unicode database when present and are kept only if
unicodedata.lookup() resolves them to one character under another name.
"""
import re
import sys
import unicodedata
from collections import Counter

COVERED = [(0x0000, 0xFFFF), (0x1D000, 0x10FFFF)]
BLOCK = 32           # names per restart block
ONE_BYTE = 0xC0      # token numbers below this take one byte; above: 2 bytes
HYPHEN = 0           # token: the next word is joined by '-' instead of ' '
PERL_NAMES = '/usr/share/perl/5.36.0/unicore/Name.pl'

HEX_NAME = re.compile(r'(.*-)([0-9A-F]{4,5})')
INNER_HYPHEN = re.compile(r'(?<=[A-Z0-9])-(?=[A-Z0-9])')


def covered(cp):
    return any(a <= cp <= b for a, b in COVERED)


def tokens(name):
    out = []
    for word in name.split(' '):
        parts = INNER_HYPHEN.split(word)
        for i, p in enumerate(parts):
            if i:
                out.append('-')
            out.append(p)
    return out


# --- classify every named code point ---------------------------------------
hex_ranges = []      # [first, last, prefix]
stored = []          # (cp, name)
for cp in range(0x110000):
    name = unicodedata.name(chr(cp), '')
    if not name or name.startswith('HANGUL SYLLABLE '):
        continue
    m = HEX_NAME.fullmatch(name)
    if m and int(m.group(2), 16) == cp:
        prefix = m.group(1)
        if hex_ranges and hex_ranges[-1][2] == prefix and hex_ranges[-1][1] == cp - 1:
            hex_ranges[-1][1] = cp
        else:
            hex_ranges.append([cp, cp, prefix])
        continue
    if covered(cp):
        stored.append((cp, name))

prefixes = sorted({p for _, _, p in hex_ranges})

# --- words -------------------------------------------------------------------
counts = Counter(t for _, n in stored for t in tokens(n) if t != '-')
words = [w for w, _ in counts.most_common()]
words = words[:ONE_BYTE - 1] + sorted(words[ONE_BYTE - 1:])
assert len(words) + 1 - ONE_BYTE < (256 - ONE_BYTE) * 256
word_number = {w: i + 1 for i, w in enumerate(words)}   # 0 is HYPHEN

word_bytes = bytearray()   # per word: shared prefix length, suffix, last byte | 0x80
prev = ''
for w in words:
    k = 0
    while k < len(w) and k < len(prev) and w[k] == prev[k]:
        k += 1
    if k == len(w):      # a word is never a prefix of the next-but-same; keep one char
        k -= 1
    suffix = w[k:].encode()
    word_bytes.append(k)
    word_bytes += suffix[:-1]
    word_bytes.append(suffix[-1] | 0x80)
    prev = w

# --- phrases -----------------------------------------------------------------
phrases = bytearray()
block_offsets = []
max_tokens = 0
prev = []
for i, (cp, name) in enumerate(stored):
    t = tokens(name)
    max_tokens = max(max_tokens, len(t))
    shared = 0
    if i % BLOCK == 0:
        block_offsets.append(len(phrases))
    else:
        while shared < 15 and shared < len(t) and shared < len(prev) and t[shared] == prev[shared]:
            shared += 1
    rest = t[shared:]
    if len(rest) < 15:
        phrases.append(shared << 4 | len(rest))
    else:
        phrases += bytes([shared << 4 | 15, len(rest)])
    for w in rest:
        n = HYPHEN if w == '-' else word_number[w]
        if n < ONE_BYTE:
            phrases.append(n)
        else:
            n -= ONE_BYTE
            phrases += bytes([ONE_BYTE + (n >> 8), n & 0xFF])
    prev = t

ranges = []          # [first, count, ordinal of first]
for i, (cp, _) in enumerate(stored):
    if ranges and ranges[-1][0] + ranges[-1][1] == cp:
        ranges[-1][1] += 1
    else:
        ranges.append([cp, 1, i])

# --- aliases -----------------------------------------------------------------
aliases = {}
try:
    with open(PERL_NAMES) as f:
        lines = [l.strip() for l in f]
    for a, b in zip(lines, lines[1:]):
        if re.fullmatch(r'[0-9A-F]{4,6}', a) and re.fullmatch(r'[A-Z0-9 -]+', b):
            try:
                c = unicodedata.lookup(b)
            except KeyError:
                continue
            if len(c) == 1 and unicodedata.name(c, '') != b:
                aliases[b] = ord(c)
except OSError:
    pass


# --- output ------------------------------------------------------------------
def emit(name, ctype, vals):
    out.append('static const %s %s[%d] = {' % (ctype, name, len(vals)))
    for i in range(0, len(vals), 24):
        out.append('  ' + ','.join(str(v) for v in vals[i:i + 24]) + ',')
    out.append('};')


out = ['// Generated by gen_unicode_names.py from CPython %s (Unicode %s). Do not edit.'
       % (sys.version.split()[0], unicodedata.unidata_version),
       '// %d stored names, %d words, %d aliases; %d bytes of phrases, %d of words.'
       % (len(stored), len(words), len(aliases), len(phrases), len(word_bytes)),
       'static constexpr int kNameBlock = %d;' % BLOCK,
       'static constexpr int kNameOneByte = %d;' % ONE_BYTE,
       'static constexpr int kNameMaxTokens = %d;' % max_tokens,
       'static constexpr int kNameWordCount = %d;' % len(words),
       'static constexpr int kNameStoredCount = %d;' % len(stored)]
emit('kNameWords', 'uint8_t', list(word_bytes))
emit('kNamePhrases', 'uint8_t', list(phrases))
emit('kNameBlockOffsets', 'uint32_t', block_offsets)
out.append('static const NameRange kNameRanges[%d] = {' % len(ranges))
for first, count, base in ranges:
    out.append('  {0x%X,%d,%d},' % (first, count, base))
out.append('};')
out.append('static const char* const kHexNamePrefixes[%d] = {' % len(prefixes))
for p in prefixes:
    out.append('  "%s",' % p)
out.append('};')
out.append('static const HexNameRange kHexNameRanges[%d] = {' % len(hex_ranges))
for first, last, p in hex_ranges:
    out.append('  {0x%X,0x%X,%d},' % (first, last, prefixes.index(p)))
out.append('};')
out.append('static const NameAlias kNameAliases[%d] = {' % max(len(aliases), 1))
for a in sorted(aliases):
    out.append('  {"%s",0x%X},' % (a, aliases[a]))
if not aliases:
    out.append('  {"",0},')
out.append('};')
out.append('static constexpr int kNameAliasCount = %d;' % len(aliases))
print('\n'.join(out))
