# asyncio basics: run, create_task, gather, sleep, Task methods and reprs.
import asyncio


async def work(name, delay, result):
    print(f"{name} start")
    await asyncio.sleep(delay)
    print(f"{name} end")
    return result


async def main():
    t1 = asyncio.create_task(work("a", 0.02, 1))
    t2 = asyncio.create_task(work("b", 0.01, 2), name="bee")
    print(t1.get_name(), t2.get_name(), t1.done())
    print(await t1 + await t2)
    print(t1.done(), t1.cancelled(), t1.result(), t1.exception())
    t2.set_name("renamed")
    print(t2.get_name(), t2.get_coro().__name__)
    res = await asyncio.gather(work("c", 0.03, "c"), work("d", 0.01, "d"), asyncio.sleep(0.02, "s"))
    print(res)
    print(await asyncio.gather())
    print(asyncio.current_task().get_name(), len(asyncio.all_tasks()))
    print(asyncio.get_running_loop() is asyncio.get_event_loop())
    # done callbacks run in order, soon after completion
    fut = asyncio.get_running_loop().create_future()
    fut.add_done_callback(lambda f: print("cb1", f.result()))
    fut.add_done_callback(lambda f: print("cb2", f.done()))
    fut.set_result(42)
    print(fut)
    await asyncio.sleep(0)
    print(await fut)
    try:
        fut.set_result(1)
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    f2 = asyncio.get_running_loop().create_future()
    try:
        f2.result()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    f2.set_exception(ValueError("bad"))
    print(f2)
    try:
        await f2
    except ValueError as e:
        print("caught", repr(e))
    f3 = asyncio.Future()
    f3.cancel()
    print(f3, f3.cancelled())
    return "main done"


print(asyncio.run(main()))
print(asyncio.iscoroutinefunction(main), asyncio.iscoroutinefunction(print))
c = main()
print(asyncio.iscoroutine(c), asyncio.iscoroutine(main))
c.close()
try:
    asyncio.run(42)
except ValueError as e:
    print("ValueError:", e)


async def nested():
    c = main()
    try:
        asyncio.run(c)
    except RuntimeError as e:
        print("RuntimeError:", e)
    c.close()
    try:
        asyncio.get_running_loop().run_until_complete(asyncio.Future())
    except RuntimeError as e:
        print("RuntimeError:", e)

asyncio.run(nested())
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("RuntimeError:", e)
print(asyncio.TimeoutError is TimeoutError, issubclass(asyncio.CancelledError, BaseException))
