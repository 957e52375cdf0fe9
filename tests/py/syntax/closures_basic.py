def make_adder(n):
    def add(x):
        return x + n
    return add

add5 = make_adder(5)
add10 = make_adder(10)
print(add5(1), add10(1))
print(add5.__closure__[0].cell_contents)

def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
c1, c2 = counter(), counter()
print(c1(), c1(), c1(), c2())
