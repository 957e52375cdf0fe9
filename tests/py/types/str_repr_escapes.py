tests = ["plain", "it's", 'say "hi"', "both ' and \"", "tab\there", "new\nline", "back\\slash",
         "\x00\x07\x1b", "\u00e9", "\u200b", "\U0001F600", "\r\n", "\x7f", "\xa0", "日本"]
for t in tests:
    print(repr(t))
print(repr(b"it's \"x\" \x00\xff\n"))
print(ascii("é\n日"), ascii(["ü"]))
