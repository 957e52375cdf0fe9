class Evens:
    def __contains__(self, x):
        print("checking", x)
        return x % 2 == 0
e = Evens()
print(4 in e, 3 in e, 3 not in e)

class Seq:
    def __iter__(self):
        print("iterating")
        return iter([1, 2, 3])
print(2 in Seq())

class Idx:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
print(20 in Idx(), 25 in Idx())
class Truthy:
    def __contains__(self, x): return "yes"
print(1 in Truthy())
