# A __hash__ result that fits 64 bits is the hash itself (no re-hashing).
class A:
    def __init__(self, n):
        self.n = n
    def __hash__(self):
        return hash(self.n)
for v in ['R', 'some longer string', (1, 'x'), 2**62, -2**63, 2**63, 10**30, -1]:
    print(hash(A(v)) == hash(v))
for v in [2**62, 2**62 + 5, -2**63 + 7, 2**63 - 1, 2**63, 10**30]:
    print(hash(A(hash(v) * 4 + 3)) == hash(v) * 4 + 3, hash(hash(v) * 4 + 3) == hash(A(hash(v) * 4 + 3)))
class M:
    def __hash__(self):
        return -1
print(hash(M()))
a = [1]
a.append(a)
b = [1]
b.append(b)
try:
    a == b
except RecursionError as e:
    print("RecursionError", e)
t = (1,)
for i in range(5000):
    t = (t,)
try:
    print(t == t, t == ((t,),)[0])
except RecursionError as e:
    print("RecursionError", e)
