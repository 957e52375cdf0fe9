class A: pass
tests = ["A() + 1", "1 + A()", "A() * A()", "A() - 2", "[] + ()", "'a' * 'b'", "{} | []", "3 @ 4"]
for t in tests:
    try:
        eval(t)
    except TypeError as e:
        print(t, "->", e)
