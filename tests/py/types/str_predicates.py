samples = ["abc", "ABC", "Abc", "Title Case", "123", "١٢٣", "½", "²", "a1", "", " \t\n", "_id", "2x", "class", "a b", "İ"]
for s in samples:
    print(repr(s), s.isdigit(), s.isalpha(), s.isalnum(), s.isspace(), s.isupper(), s.islower(),
          s.isidentifier(), s.isdecimal(), s.isnumeric(), s.istitle(), s.isascii(), s.isprintable())
