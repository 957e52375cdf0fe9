print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or 0, "" or "default")
print([] and "x", [1] and "x")
def t(v):
    print("eval", v)
    return v
print(t(0) and t(1))
print(t(1) or t(2))
print(t(1) and t(0) or t(3))
print(not t(""))
