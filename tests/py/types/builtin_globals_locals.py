x = 1
def f(a, b=2):
    c = 3
    return sorted(locals().items())
print(f(0))
g = globals()
print("x" in g, g["x"], "f" in g, g["__name__"])
g["dynamic"] = 42
print(dynamic)
user_keys = sorted(k for k in globals() if not k.startswith("__"))
print(user_keys)
class K:
    a = 1
    names = sorted(k for k in locals() if not k.startswith("__"))
print(K.names)
