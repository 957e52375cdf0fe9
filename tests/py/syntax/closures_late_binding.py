fs = []
for i in range(3):
    fs.append(lambda: i)
print([f() for f in fs])

fs = [lambda: j for j in range(3)]
print([f() for f in fs])

fs = [lambda j=j: j for j in range(3)]
print([f() for f in fs])

def make():
    out = []
    for k in range(3):
        def f():
            return k * 10
        out.append(f)
    k = 100
    return out
print([f() for f in make()])
