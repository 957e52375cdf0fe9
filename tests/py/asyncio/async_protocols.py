# async with / async for on classes implementing the protocols, awaitables
# with __await__, and asyncio.ensure_future on them.
import asyncio


class Resource:
    def __init__(self, name):
        self.name = name

    async def __aenter__(self):
        await asyncio.sleep(0)
        print("enter", self.name)
        return self

    async def __aexit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None)
        return exc_type is KeyError


class Ticker:
    def __init__(self, n):
        self.i = 0
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        await asyncio.sleep(0)
        self.i += 1
        return self.i


class Later:
    def __await__(self):
        yield from asyncio.sleep(0.001).__await__()
        return "later value"


async def main():
    async with Resource("r1") as r:
        print("body", r.name)
    async with Resource("r2"):
        raise KeyError("swallowed")
    try:
        async with Resource("r3"):
            raise ValueError("passes")
    except ValueError as e:
        print("ValueError", e)
    async for i in Ticker(3):
        print("tick", i)
    print([i async for i in Ticker(4)])
    print(await Later())
    print(await asyncio.ensure_future(Later()))

asyncio.run(main())
