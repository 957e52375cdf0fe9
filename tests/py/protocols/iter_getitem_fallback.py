class OldSeq:
    def __getitem__(self, i):
        print("getitem", i)
        if i > 2:
            raise IndexError("done")
        return chr(ord('a') + i)

print(list(OldSeq()))
for ch in OldSeq():
    pass
a, b, c = OldSeq()
print(a, b, c)
it = iter(OldSeq())
print(type(it).__name__)
