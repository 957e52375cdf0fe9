def stubborn():
    try:
        yield 1
    finally:
        yield 2
gen = stubborn()
next(gen)
try:
    gen.close()
except RuntimeError as e:
    print(e)
def swallow():
    try:
        yield 1
    except GeneratorExit:
        return "ignored"
s = swallow()
next(s)
print(s.close())
