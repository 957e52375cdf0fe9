code = "result = a + b"
ns = {"a": 2, "b": 3}
exec(code, ns)
print(ns["result"])
def f():
    loc = {}
    exec("z = 7", globals(), loc)
    return loc["z"]
print(f())
gl = {}
exec("def sq(n):\n    return n * n\nval = sq(9)", gl)
print(gl["val"], gl["sq"](3))
print(eval("a * 10", {"a": 4}, {"a": 5}))
