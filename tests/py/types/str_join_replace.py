print(",".join(["a", "b", "c"]), "".join("xyz"), " - ".join(("1", "2")), "|".join([]))
print("-".join(str(i) for i in range(4)), ",".join({"k": 1}))
print("aaaa".replace("a", "b"), "aaaa".replace("a", "b", 2), "abc".replace("", "-"), "abc".replace("x", "y"))
print("hello world".replace("o", "0").replace("l", "1"), "aaa".replace("aa", "b"))
try:
    ",".join([1, 2])
except TypeError as e:
    print(e)
