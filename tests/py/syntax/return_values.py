def none_implicit():
    pass

def none_bare():
    return

def multi():
    return 1, 2, 3

def early(x):
    if x:
        return "early"
    print("not early")
    return "late"

print(none_implicit(), none_bare())
print(multi())
a, b, c = multi()
print(a + b + c)
print(early(True))
print(early(False))
