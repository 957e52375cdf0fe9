# Errors of f(*x) / f(**x) name the callable with its module (3.11).
def f(*a, **k): pass
class C:
    def m(self, *a, **k): pass
for src in ['f(1, *1)', 'f(*1, 2)', 'f(*1)', '[*1]', 'f(**1)', 'f(a=1, **1)', 'f(**{}, **1)',
            'print(**1)', 'len(*1)', "f(*[], **{'a':1}, a=2)", "f(a=2, **{'a':1})",
            'C().m(*1)', 'C().m(**1)', "C().m(**{'b': 1}, b=2)", 'C.m(*None)']:
    try:
        eval(src)
    except TypeError as e:
        print(src, '->', e)
