class N:
    __hash__ = None
try:
    hash(N())
except TypeError as e:
    print(e)
for v in ([], {}, set(), bytearray()):
    try:
        hash(v)
    except TypeError as e:
        print(e)
print(hash((1, 2)) == hash((1, 2)), hash(frozenset([1])) == hash(frozenset([1])))
try:
    hash((1, [2]))
except TypeError as e:
    print(e)
