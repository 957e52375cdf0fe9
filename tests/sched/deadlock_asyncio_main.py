# asyncio.run's main coroutine awaits an Event nobody sets: CPython hangs
# forever; Interleave reports the deadlock, naming the task and its wait.
import asyncio


async def main():
    event = asyncio.Event()
    print("waiting")
    await event.wait()
    print("never")

asyncio.run(main())
