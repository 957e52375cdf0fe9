def g():
    try:
        yield 1
    finally:
        print("finally never runs: body never started")
gen = g()
try:
    gen.throw(ValueError("before start"))
except ValueError as e:
    print("raised at start:", e)
print(list(gen))
