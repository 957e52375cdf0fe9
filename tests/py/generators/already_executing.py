def g():
    yield me.send(None)
me = g()
try:
    next(me)
except ValueError as e:
    print(e)
def h():
    yield next(self_ref)
self_ref = h()
try:
    next(self_ref)
except ValueError as e:
    print(e)
