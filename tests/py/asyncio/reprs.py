# repr() of asyncio tasks and futures in each state (recorded from CPython 3.11).
# File names are shown without their directory (CPython's are absolute).
import asyncio
import re


def show(*objs):
    print(*(re.sub(r"at \S*?([\w.]+\.py):", r"at \1:", o if isinstance(o, str) else repr(o))
            for o in objs))


async def child():
    await asyncio.sleep(0)
    return 5


async def failing():
    raise ValueError("x")


async def waits_on(fut):
    return await fut


def done_cb(fut):
    pass


def other_cb(fut):
    pass


async def main():
    loop = asyncio.get_running_loop()

    t = asyncio.create_task(child(), name="kid")
    show(t)
    await asyncio.sleep(0)
    show(t)
    await t
    show(t)

    f = loop.create_future()
    show(f)
    f.add_done_callback(done_cb)
    show(f)
    f.add_done_callback(other_cb)
    show(f)
    f.add_done_callback(done_cb)
    show(f)
    f.set_result("r" * 100)
    show(f)

    w = loop.create_future()
    waiter = asyncio.create_task(waits_on(w), name="waiter")
    await asyncio.sleep(0)
    show(w)
    show(waiter)
    w.set_result([1, 2, 3])
    await waiter
    show(waiter)

    g = loop.create_future()
    g.cancel()
    show(g)
    h = loop.create_future()
    h.set_exception(KeyError("k"))
    show(h)
    h.exception()

    c = asyncio.create_task(child())
    c.cancel()
    show(c)
    try:
        await c
    except asyncio.CancelledError:
        pass
    show(c)

    e = asyncio.create_task(failing(), name="bad")
    await asyncio.sleep(0)
    show(e)
    e.exception()

    gathered = asyncio.gather(child(), child())
    show(type(gathered).__name__, repr(gathered).split(" cb=")[0])
    print(await gathered)

    h2 = loop.call_soon(done_cb, 1)
    show(h2)
    h2.cancel()
    show(h2)

    show(asyncio.Future, asyncio.Task)


asyncio.run(main())
