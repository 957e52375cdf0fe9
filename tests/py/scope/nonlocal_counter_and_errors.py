def make():
    n = 0
    def step(by=1):
        nonlocal n
        n += by
        return n
    def peek():
        return n
    return step, peek
step, peek = make()
step(); step(5)
print(peek())
def outer():
    items = []
    def add(x):
        items.append(x)   # mutation needs no nonlocal
    add(1); add(2)
    return items
print(outer())
