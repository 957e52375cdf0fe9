# asyncio.wait (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED, timeout),
# as_completed, and gather with exceptions / return_exceptions / cancel.
import asyncio


async def job(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise ValueError(f"{name} failed")
    return name


def names(tasks):
    return sorted(t.get_name() for t in tasks)


async def main():
    tasks = [asyncio.create_task(job(n, d), name=n) for n, d in [("a", 0.6), ("b", 0.01), ("c", 0.3)]]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print("first completed:", names(done), names(pending))
    done, pending = await asyncio.wait(pending)
    print("all completed:", names(done), names(pending))

    tasks = [asyncio.create_task(job("x", 0.01, fail=True), name="x"),
             asyncio.create_task(job("y", 0.5), name="y")]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print("first exception:", names(done), names(pending))
    for t in done:
        print("  ", repr(t.exception()))
    done, pending = await asyncio.wait(pending, timeout=0.001)
    print("timeout:", names(done), names(pending))
    await asyncio.wait(pending)

    try:
        await asyncio.wait([])
    except ValueError as e:
        print("ValueError:", e)
    try:
        await asyncio.wait([asyncio.get_running_loop().create_future()], return_when="bogus")
    except ValueError as e:
        print("ValueError:", e)

    # as_completed yields in completion order
    coros = [job("slow", 0.4), job("fast", 0.01), job("mid", 0.2)]
    for fut in asyncio.as_completed(coros):
        print("as_completed:", await fut)
    try:
        for fut in asyncio.as_completed([job("late", 1)], timeout=0.01):
            await fut
    except asyncio.TimeoutError:
        print("as_completed timed out")

    # gather: the first exception propagates; others keep running
    try:
        await asyncio.gather(job("g1", 0.01), job("g2", 0.005, fail=True))
    except ValueError as e:
        print("gather raised:", e)
    print(await asyncio.gather(job("r1", 0.01), job("r2", 0.005, fail=True), return_exceptions=True))

    # cancelling a gather cancels its children
    child = asyncio.create_task(job("child", 1))
    g = asyncio.gather(child, job("child2", 1))
    await asyncio.sleep(0)
    g.cancel()
    try:
        await g
    except asyncio.CancelledError:
        print("gather cancelled; child cancelled:", child.cancelled())
    # a cancelled child with return_exceptions
    c2 = asyncio.create_task(job("c2", 1))
    g = asyncio.gather(c2, job("ok", 0.01), return_exceptions=True)
    await asyncio.sleep(0)
    c2.cancel()
    print([type(r).__name__ for r in await g])
    await asyncio.sleep(0.02)

asyncio.run(main())
