# unicodedata.name / lookup: stored names, computed ones (CJK, Hangul), aliases.
import unicodedata

for ch in ['a', 'Z', ' ', '-', 'é', 'ß', 'Ω', 'α', '€', '½', '→', '∀', '中', '가', '힣', '\uac01',
           '\uf900', '\ufeff', '\ufffd', '😀', '🐍', '𝐀', '\U0001F1FA', '\u0f39', '\u1f80', '\U000e0041']:
    print(ascii(ch), unicodedata.name(ch))

for ch in ['\n', '\x00', '\x7f', '\ue000', '\u0378', '\ud800', '\U0010ffff']:
    print(ascii(ch), unicodedata.name(ch, None), unicodedata.name(ch, 'dflt'))
    try:
        unicodedata.name(ch)
    except ValueError as e:
        print('ValueError', e)

names = ['LATIN SMALL LETTER A', 'latin small letter a', 'Latin Capital Letter A With Grave',
         'GREEK SMALL LETTER ALPHA', 'EURO SIGN', 'SNOWMAN', 'GRINNING FACE', 'snake', 'HYPHEN-MINUS',
         'CJK UNIFIED IDEOGRAPH-4E00', 'CJK UNIFIED IDEOGRAPH-04E00', 'CJK UNIFIED IDEOGRAPH-20000',
         'CJK COMPATIBILITY IDEOGRAPH-F900', 'cjk compatibility ideograph-f900',
         'HANGUL SYLLABLE GA', 'HANGUL SYLLABLE GAG', 'HANGUL SYLLABLE HIH', 'HANGUL SYLLABLE A',
         'LINE FEED', 'LF', 'line feed', 'NULL', 'BYTE ORDER MARK', 'BOM', 'ZWJ', 'NBSP',
         'TIBETAN MARK TSA -PHRU', 'MATHEMATICAL BOLD CAPITAL A', 'REGIONAL INDICATOR SYMBOL LETTER U',
         'TAG LATIN CAPITAL LETTER A', 'VARIATION SELECTOR-16', 'BRAILLE PATTERN DOTS-1',
         'KHITAN SMALL SCRIPT CHARACTER-18B00', 'NUSHU CHARACTER-1B170']
for n in names:
    print(n, ascii(unicodedata.lookup(n)))
print(ascii(unicodedata.lookup(b'LATIN SMALL LETTER B')))

bad = ['NOPE', '', 'LATIN SMALL LETTER', 'LATIN  SMALL LETTER A', ' LATIN SMALL LETTER A',
       'LATIN SMALL LETTER A ', 'HYPHEN MINUS', 'cjk unified ideograph-4e00', 'CJK UNIFIED IDEOGRAPH-4e00',
       'CJK UNIFIED IDEOGRAPH-4DC0', 'CJK UNIFIED IDEOGRAPH-', 'CJK COMPATIBILITY IDEOGRAPH-0F900',
       'hangul syllable ga', 'HANGUL SYLLABLE ', 'HANGUL SYLLABLE GAX', 'LATIN SMALL LETTER \xe9',
       'x' * 256, 'x' * 257]
for n in bad:
    try:
        unicodedata.lookup(n)
    except KeyError as e:
        print('KeyError', str(e)[:60])

# Every Hangul syllable and every stored name below U+3400 round-trips.
count = 0
for cp in list(range(0xAC00, 0xD7A4)) + list(range(0x20, 0x3400)):
    n = unicodedata.name(chr(cp), None)
    if n is not None:
        assert unicodedata.lookup(n) == chr(cp), hex(cp)
        assert n.startswith('HANGUL SYLLABLE') or unicodedata.lookup(n.lower()) == chr(cp), hex(cp)
        count += 1
print('round trips', count)

for args in [(), ('a', 'b', 'c'), ('ab',), (1,), ('',)]:
    try:
        unicodedata.name(*args)
    except TypeError as e:
        print('TypeError', e)
for arg in [1, None]:
    try:
        unicodedata.lookup(arg)
    except TypeError as e:
        print('TypeError', e)
