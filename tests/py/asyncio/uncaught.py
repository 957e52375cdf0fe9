# An exception escaping the main coroutine propagates out of asyncio.run.
import asyncio


async def inner():
    await asyncio.sleep(0)
    raise KeyError("missing")


async def main():
    print("start")
    await inner()

asyncio.run(main())
