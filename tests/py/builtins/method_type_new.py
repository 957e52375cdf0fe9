import types
class C: pass
m = types.MethodType(lambda self, x: (self.__class__.__name__, x), C()); print(m(3))
try: types.MethodType(1, 2)
except TypeError as e: print(e)
try: types.MethodType(len)
except TypeError as e: print(e)
