# functools: lru_cache, cache, cached_property, singledispatch
from functools import lru_cache, cache, cached_property, singledispatch

calls = []
@lru_cache(maxsize=2)
def sq(x):
    calls.append(x)
    return x * x
print(sq(2), sq(3), sq(2), sq(4), sq(3), calls)
print(sq.cache_info())
sq.cache_clear(); print(sq.cache_info())

@lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())

@lru_cache(maxsize=None, typed=True)
def ident(x):
    return type(x).__name__
print(ident(1), ident(1.0), ident.cache_info(), ident.cache_parameters())

@cache
def fact(n):
    return 1 if n < 2 else n * fact(n - 1)
print(fact(20), fact.cache_info().currsize)

class C:
    def __init__(self): self.n = 0
    @cached_property
    def val(self):
        self.n += 1
        return 42
    @lru_cache(maxsize=None)
    def m(self, x):
        return x + 1
c = C(); print(c.val, c.val, c.n, 'val' in c.__dict__, c.m(1), c.m(1))

@singledispatch
def show(x):
    return 'object'
@show.register
def _(x: int):
    return 'int'
@show.register(list)
def _(x):
    return 'list'
print(show(1), show([]), show('s'), show(True), show.dispatch(bool).__name__ if hasattr(show.dispatch(bool), '__name__') else '')
