def tag(name):
    def deco(fn):
        def wrapper(*a):
            return "<%s>%s</%s>" % (name, fn(*a), name)
        return wrapper
    return deco

def upper(fn):
    return lambda *a: fn(*a).upper()

@tag("b")
@tag("i")
def text(s):
    return s

@upper
@tag("p")
def para(s):
    return s

print(text("hi"))
print(para("hello"))

order = []
def mark(n):
    order.append("make " + str(n))
    def d(f):
        order.append("apply " + str(n))
        return f
    return d

@mark(1)
@mark(2)
def g(): pass
print(order)
