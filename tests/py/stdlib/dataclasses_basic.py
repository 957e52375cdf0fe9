# dataclasses: field options, order/frozen/eq, asdict/astuple, InitVar, KW_ONLY, slots
from dataclasses import dataclass, field, asdict, astuple, fields, replace, FrozenInstanceError, InitVar, KW_ONLY, is_dataclass
from typing import List, ClassVar, Optional
@dataclass
class P:
    x: int
    y: int = 0
    tags: List[str] = field(default_factory=list)
    hidden: int = field(default=5, repr=False, compare=False)
    count: ClassVar[int] = 0
p = P(1); print(p, p == P(1), p == P(2), asdict(p), astuple(p), [f.name for f in fields(p)], P.__doc__)
try:
    P()
except TypeError as e:
    print(e)
try:
    P(1, 2, [], 3, 4)
except TypeError as e:
    print(e)
@dataclass(order=True, frozen=True)
class V:
    a: int
    b: str = 'z'
print(V(1) < V(2), sorted([V(2), V(1, 'a'), V(1)]), hash(V(1)) == hash(V(1)))
try:
    V(1).a = 3
except FrozenInstanceError as e:
    print(type(e).__name__, e)
print(replace(V(1), b='q'))
@dataclass
class N:
    p: P
    vs: list
n = N(P(1, 2), [V(1), {'k': V(2)}]); print(asdict(n)); print(astuple(n))
@dataclass
class I:
    x: int
    scale: InitVar[int] = 2
    y: int = field(init=False)
    def __post_init__(self, scale): self.y = self.x * scale
print(I(3), I(3, 10))
@dataclass
class K:
    a: int
    _: KW_ONLY
    b: int = 1
    c: int = 2
print(K(1, c=5), is_dataclass(K), is_dataclass(K(1)))
try:
    @dataclass
    class Bad:
        a: int = 1
        b: int
except TypeError as e:
    print(e)
try:
    @dataclass
    class Bad2:
        a: list = []
except ValueError as e:
    print(e)
@dataclass(eq=False)
class E:
    a: int
print(E(1) == E(1), repr(E(1)))
@dataclass
class R:
    r: 'R' = None
r = R(); r.r = r; print(r)
@dataclass(slots=True)
class SL:
    a: int
    b: int = 2
print(SL(1), SL.__slots__)
