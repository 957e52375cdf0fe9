# unicodedata: category, numeric values and the other per-character properties.
import unicodedata

print(unicodedata.unidata_version)
chars = ['a', 'A', '1', ' ', '\n', '_', '-', '(', ')', '$', '+', '^', '\u00ad', '\u0301', '\u0903',
         '\u20dd', '\u01c5', '\u02b0', '\u05d0', '\u0660', '\u00b2', '\u00bd', '\u2167', '\u3007',
         '\u2028', '\u2029', '\ud800', '\ue000', '\u0378', '中', '가', '😀', '\uff21', '\uff61',
         '\u00ab', '\u00bb', '\U0001d7ce', '\U0010ffff', '\u5146', '\u4e07', '\U00012432']
for ch in chars:
    print(ascii(ch), unicodedata.category(ch), repr(unicodedata.bidirectional(ch)),
          unicodedata.combining(ch), unicodedata.east_asian_width(ch), unicodedata.mirrored(ch),
          unicodedata.decimal(ch, None), unicodedata.digit(ch, None), unicodedata.numeric(ch, None))

for f, ch in [(unicodedata.decimal, 'a'), (unicodedata.digit, 'a'), (unicodedata.numeric, 'a'),
              (unicodedata.decimal, '\u00b2'), (unicodedata.digit, '\u00bd')]:
    try:
        f(ch)
    except ValueError as e:
        print(f.__name__, 'ValueError', e)
print(unicodedata.digit('x', -1), unicodedata.numeric('x', 0.0), unicodedata.decimal('\u0663'))

# Category counts over the whole code space (exact agreement with the database).
counts = {}
for cp in range(0x110000):
    c = unicodedata.category(chr(cp))
    counts[c] = counts.get(c, 0) + 1
print(sorted(counts.items()))
total = 0.0
for cp in range(0x110000):
    total += unicodedata.numeric(chr(cp), 0.0)
print(total)

for f in [unicodedata.category, unicodedata.combining, unicodedata.mirrored]:
    for arg in ['ab', 5]:
        try:
            f(arg)
        except TypeError as e:
            print('TypeError', e)
try:
    unicodedata.category()
except TypeError as e:
    print('TypeError', e)
try:
    unicodedata.numeric('ab')
except TypeError as e:
    print('TypeError', e)
