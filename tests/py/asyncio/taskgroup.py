# asyncio.TaskGroup (3.11): results, an error cancels the siblings and
# surfaces as an ExceptionGroup (handled with except*).
import asyncio


async def job(name, delay, fail=None):
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise
    if fail:
        raise fail
    print(name, "done")
    return name


async def main():
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(job("a", 0.02))
        t2 = tg.create_task(job("b", 0.01), name="bee")
        print("inside, tasks created:", t2.get_name())
    print("results:", t1.result(), t2.result())

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job("ok", 0.01))
            tg.create_task(job("bad", 0.02, ValueError("bad one")))
            tg.create_task(job("slow", 1))
    except* ValueError as eg:
        print("except* ValueError:", [repr(e) for e in eg.exceptions])

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job("e1", 0, KeyError("k")))
            tg.create_task(job("e2", 0, TypeError("t")))
    except ExceptionGroup as eg:
        print(type(eg).__name__, eg.args[0], sorted(type(e).__name__ for e in eg.exceptions))

    # an error in the body itself cancels the children
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job("child", 1))
            await asyncio.sleep(0)
            raise RuntimeError("body failed")
    except* RuntimeError as eg:
        print("body error:", [str(e) for e in eg.exceptions])

    tg = asyncio.TaskGroup()
    coro = job("x", 0)
    try:
        tg.create_task(coro)
    except RuntimeError as e:
        print("RuntimeError:", e)
    coro.close()

asyncio.run(main())
