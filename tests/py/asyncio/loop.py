# The low-level event loop API: new_event_loop, run_until_complete,
# run_forever/stop, call_soon/call_later/call_at, close; threads:
# call_soon_threadsafe, run_in_executor, to_thread, run_coroutine_threadsafe.
import asyncio
import threading
import time
from concurrent.futures import ThreadPoolExecutor


def blocking(n):
    time.sleep(0.01)
    return n * 10


async def main():
    loop = asyncio.get_running_loop()
    print(await loop.run_in_executor(None, blocking, 1))
    with ThreadPoolExecutor(max_workers=2) as pool:
        results = await asyncio.gather(*(loop.run_in_executor(pool, blocking, i) for i in range(4)))
        print(results)
    print(await asyncio.to_thread(blocking, 7))
    print(await asyncio.to_thread(sorted, [3, 1, 2], reverse=True))
    try:
        await asyncio.to_thread(int, "x")
    except ValueError as e:
        print("ValueError:", e)

    # a thread wakes the loop
    fut = loop.create_future()

    def from_thread():
        time.sleep(0.01)
        loop.call_soon_threadsafe(fut.set_result, "from thread")

    threading.Thread(target=from_thread).start()
    print(await fut)

    # a thread submits a coroutine to the loop and waits for its result
    async def add(a, b):
        await asyncio.sleep(0.001)
        return a + b

    out = []
    t = threading.Thread(target=lambda: out.append(asyncio.run_coroutine_threadsafe(add(2, 3), loop).result()))
    t.start()
    while t.is_alive():
        await asyncio.sleep(0.005)
    print("run_coroutine_threadsafe:", out)


asyncio.run(main())

loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
print(loop.is_running(), loop.is_closed())
order = []
loop.call_later(0.02, order.append, "later 0.02")
loop.call_later(0.01, order.append, "later 0.01")
loop.call_at(loop.time() + 0.015, order.append, "at 0.015")
loop.call_soon(order.append, "soon 1")
h = loop.call_soon(order.append, "cancelled")
loop.call_soon(order.append, "soon 2")
h.cancel()
th = loop.call_later(0.005, order.append, "cancelled timer")
th.cancel()
print(h.cancelled(), th.cancelled())
loop.call_later(0.03, loop.stop)
loop.run_forever()
print(order)


async def coro():
    await asyncio.sleep(0.001)
    return asyncio.get_running_loop() is loop

print(loop.run_until_complete(coro()))
print(loop.run_until_complete(asyncio.sleep(0.001, "slept")))
t = loop.create_task(coro())
print(loop.run_until_complete(t), t.done())
print(loop.run_until_complete(asyncio.gather(coro(), asyncio.sleep(0.001, "x"))))
loop.call_soon(lambda: print("in call_soon, running:", loop.is_running()))
loop.call_soon(loop.stop)
loop.run_forever()
loop.close()
print(loop.is_closed())
try:
    loop.call_soon(print)
except RuntimeError as e:
    print("RuntimeError:", e)
c = coro()
try:
    loop.run_until_complete(c)
except RuntimeError as e:
    print("RuntimeError:", e)
c.close()
asyncio.set_event_loop(None)

# exception handler
loop = asyncio.new_event_loop()
loop.set_exception_handler(lambda lp, ctx: print("handler:", ctx["message"].split(" at ")[0], repr(ctx.get("exception"))))
loop.call_soon(lambda: 1 / 0)
loop.call_soon(loop.stop)
loop.run_forever()
loop.close()
print("done")
