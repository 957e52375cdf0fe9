# Async generators under asyncio: tasks iterating concurrently, async
# comprehensions, cancellation inside an async for, aclose with awaits in
# finally, and the __future__ module.
from __future__ import annotations
import __future__
import asyncio

print(__future__.annotations, "annotations" in __future__.all_feature_names)


async def ticker(name, n, delay):
    try:
        for i in range(n):
            await asyncio.sleep(delay)
            yield f"{name}{i}"
    finally:
        await asyncio.sleep(0)
        print("ticker", name, "done")


async def collect(name, n, delay, out):
    async for v in ticker(name, n, delay):
        out.append(v)


async def forever():
    i = 0
    try:
        while True:
            await asyncio.sleep(0.001)
            yield i
            i += 1
    finally:
        print("forever finally")


async def loop_forever(seen):
    async for v in forever():
        seen.append(v)


async def main():
    out = []
    await asyncio.gather(collect("a", 3, 0, out), collect("b", 2, 0, out))
    print(sorted(out))
    print(sorted({v async for v in ticker("s", 3, 0)}))
    print({v: len(v) async for v in ticker("d", 2, 0)})
    seen = []
    t = asyncio.ensure_future(loop_forever(seen))
    await asyncio.sleep(0.02)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled", len(seen) > 0)
    g = ticker("c", 5, 0)
    print(await g.__anext__())
    await g.aclose()
    print(await g.asend(None) if False else "closed ok")
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("StopAsyncIteration after aclose")

    async def agen_in_closure():
        for x in [1, 2]:
            yield x
    print([x async for x in agen_in_closure()])

asyncio.run(main())
