print(format(123), format(123, "d"), format(123, "x"), format(123, ">6"), format(123, "<6") + "|")
print(format(3.14159, ".3"), format(3.0, "g"), format(1e20, "e"), format(0.1, ".20f"))
print(format("abc", "^9"), format("abc", ".2"), format(True), format(None), format([1, 2]))
print(format(-42, "+"), format(42, " "), format(1234567, ",d"), format(0.25, "%"))
try:
    format(1, "s")
except ValueError as e:
    print(e)
try:
    format("s", "d")
except ValueError as e:
    print(e)
