# Coroutines driven by hand: cr_* attributes, reuse errors, types.coroutine,
# StopAsyncIteration passing through a coroutine, yield from's return value
# from a plain iterator.
import types


@types.coroutine
def sleep0():
    got = yield "sleeping"
    return got


async def inner():
    r = await sleep0()
    return r * 2


async def outer():
    v = await inner()
    print("inner gave", v)
    return v + 1


c = outer()
print(type(c).__name__, c.cr_code.co_name, c.cr_running, c.cr_await, type(c.cr_frame).__name__)
print(c.send(None))
print(type(c.cr_await).__name__, c.cr_await.cr_code.co_name)
try:
    c.send(20)
except StopIteration as e:
    print("returned", e.value)
print(c.cr_frame, c.cr_await, c.cr_code.co_name)
for f in (lambda: c.send(None), lambda: c.throw(ValueError("x"))):
    try:
        f()
    except RuntimeError as e:
        print("RuntimeError", e)
print(c.close())

print(sleep0.__code__.co_flags & 0x100 != 0)
g = sleep0()
print(type(g).__name__, next(g))


# A class-based async iterator whose __anext__ is a coroutine: its
# StopAsyncIteration must reach the caller unchanged.
class Counter:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n


async def consume():
    out = []
    async for v in Counter(3):
        out.append(v)
    return out


try:
    consume().send(None)
except StopIteration as e:
    print("consumed", e.value)

co = Counter(0).__anext__()
try:
    co.send(None)
except StopAsyncIteration as e:
    print("StopAsyncIteration passes", e.args)


async def raises_stopiteration():
    raise StopIteration(3)

try:
    raises_stopiteration().send(None)
except RuntimeError as e:
    print("RuntimeError", e, type(e.__cause__).__name__)


# yield from / await on an iterator that is not a generator
class It:
    def __init__(self):
        self.i = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.i += 1
        if self.i > 2:
            raise StopIteration(4)
        return self.i


def deleg():
    r = yield from It()
    print("yield from gave", r)
    return r


print(list(deleg()))


class Awaitable:
    def __await__(self):
        return It()


async def await_it():
    return await Awaitable()


c = await_it()
print(c.send(None), c.send(None))
try:
    c.send(None)
except StopIteration as e:
    print("await gave", e.value)


class BadAwait:
    def __await__(self):
        return 5


async def bad():
    await BadAwait()

try:
    bad().send(None)
except TypeError as e:
    print("TypeError", e)


def plain():
    yield 1

async def await_plain():
    await plain()

try:
    await_plain().send(None)
except TypeError as e:
    print("TypeError", e)

c = outer()
try:
    c.send(1)
except TypeError as e:
    print("TypeError", e)
c.close()


# gi_* attributes of plain generators
def sub():
    yield 1
    yield 2

def gen():
    yield from sub()

g = gen()
print(g.gi_code.co_name, g.gi_running, g.gi_yieldfrom, type(g.gi_frame).__name__, g.gi_suspended)
next(g)
print(g.gi_yieldfrom.gi_code.co_name, g.gi_frame.f_code.co_name, g.gi_suspended)
list(g)
print(g.gi_frame, g.gi_yieldfrom, g.gi_code.co_name)
try:
    g.send(None)
except StopIteration as e:
    print("StopIteration", e.args)
