print(eval("1 + 2 * 3"))
print(eval("x * 2", {"x": 21}))
ns = {}
exec("a = 5\nb = a * 2\ndef f(): return a + b", ns)
print(ns["a"], ns["b"], ns["f"]())
exec("print('from exec')")
loc = {}
exec("y = 10", {}, loc)
print(loc)
print(eval("[i * i for i in range(4)]"), eval("len(s)", {"s": "abc"}))
g = {"__builtins__": __builtins__, "v": 3}
exec("v += 1", g)
print(g["v"])
try:
    eval("1 +")
except SyntaxError as e:
    print(type(e).__name__)
try:
    exec("undefined_var")
except NameError as e:
    print(e)
print(eval(compile("3 ** 2", "<s>", "eval")))
