# The async generator protocol driven by hand (no event loop): asend/athrow/
# aclose awaitables, their states and CPython's error messages.
import types


@types.coroutine
def suspend(v):
    got = yield v
    return got


async def ag():
    try:
        x = yield 1
        print("got", x)
        y = await suspend("to-loop")
        print("await gave", y)
        yield 2
    except ValueError as e:
        print("caught", e)
        yield "after-throw"
    finally:
        print("finally")


def run(aw, *sends):
    try:
        r = aw.send(None)
        print("passthrough", r)
        for s in sends:
            r = aw.send(s)
            print("passthrough", r)
    except StopIteration as e:
        print("StopIteration", e.args)
    except BaseException as e:
        print(type(e).__name__, e.args)


g = ag()
print(repr(g).startswith("<async_generator object ag at 0x"))
print(type(g).__name__, g.__name__, g.__qualname__, g.ag_running, g.ag_await, g.ag_code.co_name)
print(type(g.ag_frame).__name__)
print(g.__aiter__() is g)
a = g.__anext__()
print(type(a).__name__, repr(a).startswith("<async_generator_asend object at"))
print(a.__await__() is a, iter(a) is a)
run(a)
run(a)
run(g.asend("hello"), "sent-in")
print(g.ag_running)
run(g.athrow(ValueError("boom")))
run(g.athrow(ValueError, "again"))
run(g.__anext__())
print(g.ag_frame, g.ag_code.co_name)
run(g.__anext__())
run(g.aclose())

g = ag()
run(g.asend(1))
g = ag()
run(g.__anext__())
run(g.aclose())
run(g.aclose())
run(g.athrow(KeyError))


async def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2


g = stubborn()
run(g.__anext__())
run(g.aclose())


async def raises_stop():
    yield 1
    raise StopAsyncIteration


async def raises_stop_iter():
    yield 1
    raise StopIteration(5)


for f in (raises_stop, raises_stop_iter):
    g = f()
    run(g.__anext__())
    try:
        g.__anext__().send(None)
    except RuntimeError as e:
        print("RuntimeError", e, type(e.__cause__).__name__)


async def closer():
    try:
        yield 1
    finally:
        print("cleanup awaits")
        r = await suspend("cleanup")
        print("cleanup got", r)


g = closer()
run(g.__anext__())
run(g.aclose(), "resume")
print(g.ag_frame)

a = closer().__anext__()
a.close()
run(a)
try:
    g.athrow(1)
except TypeError as e:
    print("TypeError", e)
