i = "unchanged"
squares = [i * i for i in range(4)]
print(i, squares)
def f():
    vals = [j for j in range(3)]
    try:
        return j
    except NameError as e:
        return str(e)
print(f())
total = 5
print([total + k for k in range(3)])
print({k: total for k in "ab"})
def g():
    y = 10
    return [y * n for n in range(3)]
print(g())
