x = 0
class C:
    global x
    x = 5
    y = x
print(x, C.y)

def f():
    global x
    del x
f()
print('x' in globals())
