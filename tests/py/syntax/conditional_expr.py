for n in range(-2, 3):
    print(n, "pos" if n > 0 else "zero" if n == 0 else "neg")

def side(x):
    print("eval", x)
    return x
r = side("a") if False else side("b")
print(r)
print([x if x % 2 else -x for x in range(5)])
