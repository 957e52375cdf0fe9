# Two asyncio tasks: each must get its own track in the --trace output.
import asyncio


async def worker(n):
    for _ in range(n):
        await asyncio.sleep(0)
    return n


async def main():
    a = asyncio.create_task(worker(2), name='alpha')
    b = asyncio.create_task(worker(1), name='beta')
    print(await asyncio.gather(a, b))


asyncio.run(main())
