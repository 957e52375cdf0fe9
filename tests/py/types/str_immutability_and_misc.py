s = "abc"
try:
    s[0] = "z"
except TypeError as e:
    print(e)
t = s
s += "d"
print(s, t)
print(str(123), str(1.5), str([1, "a"]), str(None), str(b"x"), str())
print("a" "b", "abc".upper().lower(), "x".join("abc"), "3".isdigit() and int("3") + 1)
print(len(""), "".join([]), "" == str(), "abc"[1:1] == "")
print("%s" % "x" + "y", "1" + "2" * 3)
