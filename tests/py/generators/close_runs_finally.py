def g():
    try:
        for i in range(10):
            yield i
    finally:
        print("cleanup in finally")
gen = g()
print(next(gen), next(gen))
gen.close()
print("after close")
gen.close()
try:
    next(gen)
except StopIteration:
    print("closed generator raises StopIteration")
