import sys
def f(n):
    return f(n + 1) if n < 10 ** 9 else n
for attempt in range(3):
    try:
        f(0)
    except RecursionError:
        print("attempt", attempt, "RecursionError")
sys.setrecursionlimit(60000)
def g(n):
    return 0 if n == 0 else 1 + g(n - 1)
print(g(40000))
