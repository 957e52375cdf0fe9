class NotIter: pass
try:
    iter(NotIter())
except TypeError as e:
    print(e)
class BadIter:
    def __iter__(self): return 5
try:
    iter(BadIter())
except TypeError as e:
    print(e)
try:
    for x in 42: pass
except TypeError as e:
    print(e)
try:
    next([1, 2])
except TypeError as e:
    print(e)
