class Tree:
    def __init__(self, depth):
        self.children = [Tree(depth - 1) for _ in range(2)] if depth else []
    def count(self):
        return 1 + sum(c.count() for c in self.children)
print(Tree(8).count())
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(30))
