# Async generators: async for, asend/athrow/aclose, comprehensions,
# and an async generator driven by asyncio.
import asyncio


async def countdown(n):
    while n > 0:
        await asyncio.sleep(0)
        yield n
        n -= 1


async def echo():
    received = None
    try:
        while True:
            received = yield received
    finally:
        print("echo closed")


async def main():
    async for x in countdown(3):
        print("countdown", x)
    print([x async for x in countdown(4)])
    print([x * 2 async for x in countdown(5) if x % 2])
    g = echo()
    print(await g.asend(None))
    print(await g.asend("hello"))
    await g.aclose()
    g = countdown(2)
    print(await g.__anext__(), await anext(g))
    try:
        await anext(g)
    except StopAsyncIteration:
        print("exhausted")
    print(await anext(countdown(0), "default"))

asyncio.run(main())
