def f():
    try:
        return "from try"
    finally:
        print("finally raising")
        raise ValueError("finally wins")
try:
    f()
except ValueError as e:
    print(e)
