def a():
    x = 1
    def b():
        y = 2
        def c():
            z = 3
            return x + y + z
        return c
    return b
print(a()()())
def make_acc():
    total = 0
    def outer_add(n):
        def inner_add():
            nonlocal total
            total += n
            return total
        return inner_add()
    return outer_add
acc = make_acc()
print(acc(1), acc(10), acc(100))
