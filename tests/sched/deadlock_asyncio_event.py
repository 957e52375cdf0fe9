import asyncio


async def consumer(queue):
    return await queue.get()


async def main():
    event = asyncio.Event()
    queue = asyncio.Queue()
    task = asyncio.create_task(consumer(queue), name="consumer")
    print("waiting")
    await asyncio.gather(event.wait(), task)

asyncio.run(main())
