class E: pass
e = E()
print(e == e, e != e, e == E())
print(type(e.__hash__()).__name__)
print(e.__eq__(1), e.__ne__(1))
print(E.__name__, E.__module__)
print(object().__class__.__name__)
try:
    object().x = 1
except AttributeError as e2:
    print(e2)
