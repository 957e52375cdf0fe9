class D(dict):
    def __missing__(self, k):
        return "<" + k + ">"
print("{a} and {b}".format_map(D(a=1)))
print("{x}-{y}".format_map({"x": 1, "y": 2}))
t = str.maketrans("abc", "xyz")
print("aabbcc".translate(t))
t2 = str.maketrans({"a": "1", "b": None, "c": "ccc"})
print("abcabc".translate(t2))
t3 = str.maketrans("ab", "AB", "xyz")
print("axbycz".translate(t3))
print(sorted(str.maketrans("ab", "cd").items()))
print("hello".translate({ord("l"): "L"}))
