# gen.throw(type, value): an instance value is raised as is; a tuple is the args.
def g():
    try:
        yield 1
    except KeyError as e:
        yield ('caught', e.args, str(e))
    yield 'end'
for val in [KeyError('k'), 'k', ('a', 'b'), None]:
    it = g()
    next(it)
    print(it.throw(KeyError, val) if val is not None else it.throw(KeyError))
it = g()
print(it.gi_frame.f_code.co_name, it.gi_frame.f_back)
next(it)
print(it.gi_frame.f_lineno)
list(it)
print(it.gi_frame)
