import sys
old = sys.getrecursionlimit()
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit())
sys.setrecursionlimit(old)
print(sys.getrecursionlimit() == old)
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print(e)
