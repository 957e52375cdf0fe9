def make():
    x = 1
    def get():
        return x
    x = 2
    return get
print(make()())
def counters():
    fns = {}
    for name in ("a", "b"):
        def f(name=name):
            return name
        fns[name] = f
    return fns
fs = counters()
print(fs["a"](), fs["b"]())
def shared():
    v = []
    return (lambda: v.append(1) or len(v)), (lambda: len(v))
inc, get = shared()
inc(); inc()
print(get())
