global x
x = 5
print(x)
def f():
    global x
    return x + 1
print(f())
