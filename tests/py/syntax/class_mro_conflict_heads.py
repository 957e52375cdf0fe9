class A: pass
class B(A): pass
class X: pass
class Y: pass
class P(X, Y): pass
class Q(Y, X): pass
for bases in [(A,B),(P,Q),(A,A.__mro__[-1],B), (P,Q,A,B)]:
  try: type('R', bases, {})
  except TypeError as e: print(e)
