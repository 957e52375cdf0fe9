# asyncio synchronisation primitives: Lock, Event, Condition, Semaphore,
# BoundedSemaphore, Barrier.
import asyncio


async def locked_worker(lock, name, log):
    async with lock:
        log.append(f"{name} in")
        await asyncio.sleep(0.001)
        log.append(f"{name} out")


async def main():
    lock = asyncio.Lock()
    print(lock.locked())
    log = []
    await asyncio.gather(*(locked_worker(lock, n, log) for n in "abc"))
    print(log)
    await lock.acquire()
    print(lock.locked())
    lock.release()
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)

    event = asyncio.Event()

    async def waiter(n):
        print("waiter", n, "waiting")
        await event.wait()
        print("waiter", n, "got it")
        return n

    ws = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0.01)
    print("is_set:", event.is_set())
    event.set()
    print(await asyncio.gather(*ws))
    event.clear()
    print("is_set:", event.is_set())
    try:
        await asyncio.wait_for(event.wait(), 0.01)
    except asyncio.TimeoutError:
        print("event wait timed out")

    cond = asyncio.Condition()
    items = []

    async def consumer(n):
        async with cond:
            await cond.wait_for(lambda: items)
            print("consumer", n, "took", items.pop())

    cs = [asyncio.create_task(consumer(i)) for i in range(2)]
    await asyncio.sleep(0)
    for x in ("x", "y"):
        async with cond:
            items.append(x)
            cond.notify()
        await asyncio.sleep(0)
    await asyncio.gather(*cs)
    try:
        cond.notify()
    except RuntimeError as e:
        print("RuntimeError:", e)

    sem = asyncio.Semaphore(2)
    active = 0
    peak = 0

    async def limited(n):
        nonlocal active, peak
        async with sem:
            active += 1
            peak = max(peak, active)
            await asyncio.sleep(0.005)
            active -= 1
        return n

    print(await asyncio.gather(*(limited(i) for i in range(6))), "peak", peak)
    print(sem.locked(), sem._value)

    bsem = asyncio.BoundedSemaphore(1)
    await bsem.acquire()
    bsem.release()
    try:
        bsem.release()
    except ValueError as e:
        print("ValueError:", e)
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print("ValueError:", e)

    barrier = asyncio.Barrier(3)

    async def at_barrier(n):
        await asyncio.sleep(0.001 * n)
        pos = await barrier.wait()
        return pos

    print(sorted(await asyncio.gather(*(at_barrier(i) for i in range(3)))))
    print(barrier.parties, barrier.n_waiting, barrier.broken)

asyncio.run(main())
