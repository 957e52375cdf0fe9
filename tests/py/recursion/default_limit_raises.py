import sys
print(sys.getrecursionlimit())
def f(n):
    if n == 0:
        return 0
    return 1 + f(n - 1)
print(f(500))
try:
    f(5000)
except RecursionError as e:
    print(type(e).__name__)
print(f(100))
