class X: pass
for op in ("<", "<=", ">", ">="):
    try:
        eval("X() " + op + " X()")
    except TypeError as e:
        print(e)
try:
    1 < "a"
except TypeError as e:
    print(e)
try:
    [1] < (1,)
except TypeError as e:
    print(e)
try:
    None > 0
except TypeError as e:
    print(e)
