import sys
sys.setrecursionlimit(10000)
def ack(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ack(m - 1, 1)
    return ack(m - 1, ack(m, n - 1))
print([ack(m, n) for m in range(3) for n in range(4)], ack(2, 3), ack(3, 3))
