def f():
    import math as local_math
    return local_math.floor(2.7)
print(f())
print("local_math" in globals())
def g():
    from math import sqrt
    return sqrt(25)
print(g(), "sqrt" in globals())
