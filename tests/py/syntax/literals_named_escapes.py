# "\N{name}" escapes in str literals (names are case-insensitive; aliases work).
print(ascii('\N{GREEK SMALL LETTER ALPHA}\N{greek small letter beta}'))
print(ascii("\N{LATIN CAPITAL LETTER E WITH ACUTE}t\N{LATIN SMALL LETTER E WITH ACUTE}"))
print(ascii('\N{LINE FEED}\N{LF}\N{NULL}\N{BYTE ORDER MARK}\N{NO-BREAK SPACE}\N{HYPHEN-MINUS}'))
print(ascii('\N{CJK UNIFIED IDEOGRAPH-4E2D}\N{HANGUL SYLLABLE HAN}\N{GRINNING FACE}\N{SNAKE}'))
print(ascii("""\N{EM DASH}
\N{EURO SIGN}"""))
print(ascii(r'\N{EM DASH}'), ascii(b'\N{EM DASH}'))
print(ascii(f'{1}\N{EM DASH}{2}'), ascii(f'\N{LEFT CURLY BRACKET}{3}\N{RIGHT CURLY BRACKET}'))
print(ascii('é\N{BULLET}'))
print(len('\N{MATHEMATICAL BOLD CAPITAL A}'))

# Errors are SyntaxErrors with the unicode-escape codec's positions.
for src in [r"'\N{NOPE}'", r"'ab\N{NOPE}'", r"'é\N{NOPE}'", r"'\N{}'", r"'\N'", r"'\N{abc'",
            r"'\Nx'", r"'\N{ BELL}'", r"'\N{cjk unified ideograph-4e00}'", r"'\N{LATIN SMALL LETTER A WITH MACRON AND GRAVE}'",
            r"f'\N{NOPE}'"]:
    try:
        compile(src, 'x', 'eval')
    except SyntaxError as e:
        print(src, '->', e.msg)
