x: int = 5
y: "str"
def f(a: int, b: str = "s", *args: float, k: bool = True, **kw: dict) -> list:
    return [a, b]
print(x, f(1))
print(f.__annotations__['a'].__name__, f.__annotations__['return'].__name__)
print(sorted(f.__annotations__))
print(sorted(__annotations__))
class C:
    field: int
    other: str = "v"
print(C.other, hasattr(C, 'field'), sorted(C.__annotations__))
