import sys
sys.setrecursionlimit(20000)
def rsum(lst, i=0):
    if i == len(lst):
        return 0
    return lst[i] + rsum(lst, i + 1)
print(rsum(list(range(10000))))
