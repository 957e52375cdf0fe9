s = "the quick brown fox jumps over the lazy dog"
print(s.find("the"), s.rfind("the"), s.find("cat"), s.find("o", 20), s.find("o", 13, 15), s.find(""))
print(s.index("quick"), s.rindex("o"), s.count("o"), s.count("the"), s.count(""), "aaaa".count("aa"))
try:
    s.index("cat")
except ValueError as e:
    print(e)
try:
    s.rindex("cat")
except ValueError as e:
    print(e)
print("abc".find("c", -1), "abcabc".rfind("b", 0, 4))
