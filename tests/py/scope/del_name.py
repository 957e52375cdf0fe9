a = 1
b = [1, 2, 3]
del a
print("a" in globals())
def f():
    x = 5
    del x
    try:
        return x
    except UnboundLocalError as e:
        return type(e).__name__ + ": " + str(e)
print(f())
try:
    del undefined_name_here
except NameError as e:
    print(e)
for i in range(2):
    pass
del i
print("i" in dir())
