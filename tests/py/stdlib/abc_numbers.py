# abc and numbers: abstract methods, register, subclass hooks, numeric tower
from abc import ABC, ABCMeta, abstractmethod
import numbers
from collections.abc import Iterable, Mapping, Sequence, Hashable, Sized, MutableMapping, Callable

class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def name(self): ...
try:
    Shape()
except TypeError as e:
    print('TypeError', e)
class Sq(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
    def name(self): return 'sq'
print(Sq(3).area(), isinstance(Sq(1), Shape), sorted(Shape.__abstractmethods__))
class Half(Shape):
    def area(self): return 0
try:
    Half()
except TypeError as e:
    print('TypeError', e)

class Duck(metaclass=ABCMeta):
    pass
Duck.register(int)
print(isinstance(3, Duck), issubclass(bool, Duck), isinstance('a', Duck))

class Len:
    def __len__(self): return 0
print(isinstance(Len(), Sized), isinstance([], Iterable), isinstance({}, Mapping), isinstance((), Sequence), isinstance([], Hashable))
print(isinstance(len, Callable), issubclass(dict, MutableMapping), isinstance(iter([]), Iterable))

class MyMap(MutableMapping):
    def __init__(self): self.d = {}
    def __getitem__(self, k): return self.d[k]
    def __setitem__(self, k, v): self.d[k] = v
    def __delitem__(self, k): del self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
m = MyMap(); m['a'] = 1; m.update(b=2); print(dict(m.items()), m.get('z', 0), 'a' in m, m.pop('a'), len(m), m.setdefault('c', 3), sorted(m.keys()))

print(isinstance(1, numbers.Integral), isinstance(1.5, numbers.Real), isinstance(1.5, numbers.Integral),
      isinstance(1j, numbers.Complex), isinstance(True, numbers.Number), issubclass(int, numbers.Rational))
