def g():
    yield 1
gen = g()
gen.close()
try:
    gen.throw(ValueError("after close"))
except ValueError as e:
    print("raised directly:", e)
print(gen.send(None) if False else "ok")
try:
    gen.send(None)
except StopIteration:
    print("StopIteration on closed generator")
