def outer(a):
    def middle(b):
        def inner(c):
            return a + b + c
        return inner
    return middle

print(outer(1)(2)(3))

def fact(n):
    def go(k, acc):
        return acc if k <= 1 else go(k - 1, acc * k)
    return go(n, 1)
print(fact(10))
print(outer.__name__, outer(1).__name__, outer(1)(2).__qualname__)
