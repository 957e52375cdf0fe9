x = None
print(x, repr(x), str(x), type(x).__name__, bool(x))
print(x is None, x == None, x != 0, x == False)
def f(): pass
print(f() is None)
print([None] * 3, (None,))
print({None: 1}[None])
print(type(None)() is None)
