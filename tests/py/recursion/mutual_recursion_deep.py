import sys
sys.setrecursionlimit(30000)
def is_even(n):
    return True if n == 0 else is_odd(n - 1)
def is_odd(n):
    return False if n == 0 else is_even(n - 1)
print(is_even(20000), is_odd(20001), is_even(7))
