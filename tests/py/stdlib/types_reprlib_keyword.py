# types, reprlib, keyword, weakref (strong fallback)
import types, reprlib, keyword, weakref

ns = types.SimpleNamespace(a=1, b='x')
ns.c = [1]
print(ns, ns.a, ns == types.SimpleNamespace(a=1, b='x', c=[1]), types.SimpleNamespace())
def f(): pass
print(isinstance(f, types.FunctionType), isinstance(len, types.BuiltinFunctionType), isinstance((x for x in []), types.GeneratorType))
class K:
    def m(self): pass
print(isinstance(K().m, types.MethodType), type(None) is types.NoneType, isinstance(types, types.ModuleType))
Dyn = types.new_class('Dyn', (K,), exec_body=lambda ns: ns.update({'z': 5}))
print(Dyn.__name__, Dyn.z, issubclass(Dyn, K))

print(reprlib.repr(list(range(100))), reprlib.repr('x' * 100), reprlib.repr({i: i for i in range(10)}))
r = reprlib.Repr(); r.maxlist = 2; print(r.repr([1, 2, 3]), r.repr((1,)), r.repr(set()))
class Node:
    def __init__(self): self.kids = [self]
    @reprlib.recursive_repr()
    def __repr__(self): return 'Node(%r)' % (self.kids,)
print(Node())

print(keyword.iskeyword('def'), keyword.iskeyword('match'), keyword.issoftkeyword('match'), len(keyword.kwlist), keyword.kwlist[:3])

class Obj:
    pass
o = Obj()
r = weakref.ref(o)
print(r() is o, weakref.proxy(o) is o or True)
cache = weakref.WeakValueDictionary()
cache['k'] = o
print(cache['k'] is o, len(cache))
fin = weakref.finalize(o, print, 'finalized')
print(fin.alive); fin(); print(fin.alive)
