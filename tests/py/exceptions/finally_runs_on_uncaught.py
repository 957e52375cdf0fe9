def f():
    try:
        print("in try")
        raise LookupError("bubbling up")
    finally:
        print("finally runs first")
try:
    f()
finally:
    print("outer finally")
