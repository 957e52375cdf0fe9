def outer():
    x = 0
    def inc():
        nonlocal x
        x += 1
        return x
    inc(); inc()
    print("outer sees", x)
    return inc

f = outer()
print(f(), f())

def a():
    v = "a"
    def b():
        def c():
            nonlocal v
            v = "c"
        c()
    b()
    return v
print(a())
