# timeit: statements as strings or callables, setup, globals, repeat and
# autorange; the times themselves vary, so only their shape is printed.
import timeit

calls = []
def work():
    calls.append(1)

t = timeit.timeit(work, number=1000)
print(type(t).__name__, t >= 0, len(calls))
print(timeit.timeit('x = sum(range(10))', number=100) >= 0)
print(len(timeit.repeat('y * 2', setup='y = 21', repeat=3, number=10)))
n = 0
print(timeit.timeit('total = n + 1', globals={'n': 41}, number=5) >= 0)
timer = timeit.Timer('for i in range(3):\n    pass', setup='import math\nk = math.pi')
number, secs = timer.autorange()
print(number >= 1, secs >= 0.2)
ticks = iter(range(0, 1000, 7))
print(timeit.Timer('pass', timer=lambda: next(ticks)).timeit(number=3))
for bad in [dict(stmt=5), dict(setup=3.5)]:
    try:
        timeit.Timer(**bad)
    except ValueError as e:
        print('ValueError', e)
try:
    timeit.Timer('x = (')
except SyntaxError as e:
    print('SyntaxError', e.filename)
print(timeit.default_timer is __import__('time').perf_counter)
