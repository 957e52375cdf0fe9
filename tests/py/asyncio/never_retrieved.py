# A task that fails with nobody awaiting it: CPython logs "Task exception
# was never retrieved" with the traceback on stderr (its last line is
# compared); the program itself goes on.
import asyncio


async def bad():
    raise ValueError("nobody saw this")


async def main():
    asyncio.create_task(bad())
    await asyncio.sleep(0.01)
    print("main done")

asyncio.run(main())
print("after run")
