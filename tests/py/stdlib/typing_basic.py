# typing: alias reprs, get_origin/get_args, NamedTuple, Generic
from typing import List, Dict, Optional, Callable, Any, Tuple, Iterator, Generator, NamedTuple, TypeVar, Generic, Union, Set, get_origin, get_args, Literal, Deque
import typing
T = TypeVar('T')
print(List[int], Dict[str, int], Optional[int], Union[int, str], Union[int], Callable[[int, str], bool], Callable[..., int], Tuple[int, ...], Tuple[int, str], Any, List, T, Iterator[int], Generator[int, None, None], Literal[1, 'a'], Deque[int])
print(Optional[int] == Union[int, None], Union[int, str] == Union[str, int], get_origin(List[int]), get_args(Dict[str, int]), get_args(Callable[[int], str]), get_origin(Union[int, str]))
print(isinstance([], List), issubclass(list, typing.Sequence))
class Emp(NamedTuple):
    name: str
    id: int = 3
    def greet(self): return 'hi ' + self.name
e = Emp('a'); print(e, e.greet(), Emp._fields, Emp._field_defaults, Emp.__annotations__, isinstance(e, tuple))
E2 = NamedTuple('E2', [('a', int), ('b', str)]); print(E2(1, 'x'))
class Box(Generic[T]):
    def __init__(self, item: T): self.item = item
    def get(self) -> T: return self.item
b = Box(3); print(b.get(), Box[int], Box.__parameters__)
def f(a: List[int], b: Optional[str] = None) -> Dict[str, Any]: return {}
print(f.__annotations__)
print(typing.get_type_hints(f))
