def g():
    yield 1
    yield 2
gen = g()
next(gen)
try:
    gen.throw(RuntimeError("injected"))
except RuntimeError as e:
    print("propagated:", e)
print(next(gen, "generator is finished"))
