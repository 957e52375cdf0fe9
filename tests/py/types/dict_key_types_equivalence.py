d = {}
d[1] = "int one"
d[1.0] = "float one"
d[True] = "bool one"
print(d, len(d))
d2 = {0: "zero", False: "false", 0.0: "float zero"}
print(d2)
d3 = {(1, 2): "a", (1.0, 2.0): "b"}
print(d3)
s = {1, 1.0, True, 2, 2.0}
print(s, len(s))
