log = []
def f():
    try:
        raise ValueError("first")
    except ValueError:
        log.append("handler")
        raise TypeError("second")
    finally:
        log.append("finally")
try:
    f()
except TypeError as e:
    print(e, "context:", e.__context__)
print(log)
