class Seq:
    def __init__(self, data): self.data = data
    def __len__(self): return len(self.data)
    def __getitem__(self, i): return self.data[i]

print(list(reversed(Seq([1, 2, 3]))))
class Rev:
    def __reversed__(self):
        return iter("custom")
print(list(reversed(Rev())))
try:
    reversed(5)
except TypeError as e:
    print(e)
