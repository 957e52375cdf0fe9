class Grid:
    def __init__(self):
        self.cells = {}
    def __getitem__(self, key):
        print("get", key)
        return self.cells.get(key, ".")
    def __setitem__(self, key, value):
        print("set", key, value)
        self.cells[key] = value
    def __delitem__(self, key):
        print("del", key)
        del self.cells[key]

g = Grid()
g[0, 1] = "x"
print(g[0, 1], g[2, 2])
g["a"] = 1
g["a"] += 5
print(g["a"])
del g[0, 1]
try:
    del g[0, 1]
except KeyError as e:
    print("KeyError", e)
