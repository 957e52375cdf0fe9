class Node:
    def __init__(self, val, nxt=None):
        self.val, self.nxt = val, nxt
    def __repr__(self):
        return f"Node({self.val}, {self.nxt!r})"
n = None
for i in range(5):
    n = Node(i, n)
print(n)
loop = Node("x")
loop.nxt = loop
try:
    repr(loop)
except RecursionError as e:
    print("RecursionError in __repr__")
