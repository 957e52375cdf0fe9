class S:
    def __getitem__(self, k):
        return k
s = S()
print(s[1])
print(s[1:2])
print(s[::2])
print(s[1:2, 3])
print(s[...])
print(s[:, None])
sl = s[1:10:3]
print(sl.start, sl.stop, sl.step, sl.indices(5))
