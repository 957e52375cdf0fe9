# enum: Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique, functional API
from enum import Enum, IntEnum, Flag, IntFlag, auto, unique, StrEnum
class C(Enum):
    R = 1; G = 2; B = auto()
    CRIMSON = 1
    def describe(self): return 'color %s' % self.name
class S(str, Enum):
    A = 'a'
class P(Flag):
    R = auto(); W = auto(); X = auto()
class I(IntFlag):
    R = 4; W = 2
class N(IntEnum):
    ONE = 1; TWO = 2
print(repr(C.R), C.R, f'{C.R}', format(C.R, ''), repr(S.A), str(S.A), f'{S.A}', dict(C.__members__))
print(repr(P.R | P.W), str(P.R | P.W), repr(P(0)), str(P(0)), repr(~P.R), list(P.R | P.X), len(P.R | P.W), P.R in P.R | P.W, bool(P(0)))
print(repr(I.R | I.W), str(I.R | I.W), I.R | 1, repr(I.R | 1), repr(I(0)), repr(~I.R))
for f in [lambda: C(5), lambda: C['X'], lambda: setattr(C, 'R', 3), lambda: P(9)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(C, P, I, list(C), C.R.name, C.R.value, hash(C.R) == hash('R'), C.R == 1, C.CRIMSON is C.R, C(1), C['G'], C.R.describe())
print(N.ONE + 1, N.ONE == 1, repr(N.TWO), str(N.TWO), f'{N.TWO}', N(2), sorted([N.TWO, N.ONE]), isinstance(N.ONE, int))
class St(StrEnum):
    X = auto()
print(repr(St.X), str(St.X), St.X == 'x', len(C), list(reversed(C)), C.R in C)
try:
    @unique
    class U(Enum):
        A = 1; B = 1
except ValueError as e:
    print(e)
F = Enum('F', 'A B C'); print(list(F), F.B.value, repr(F))
G = Enum('G', [('X', 10), ('Y', 20)]); print(list(G))
class Planet(Enum):
    EARTH = (5.97, 6.37)
    def __init__(self, mass, radius):
        self.mass = mass; self.radius = radius
print(Planet.EARTH.mass, Planet.EARTH.value)
class M(Enum):
    A = 1
    @classmethod
    def _missing_(cls, v): return cls.A
print(M(99))
print(type(C.R), isinstance(C.R, C), C.R is C(1), {C.R: 1}[C.R])
