# asyncio queues: producer/consumer with join/task_done, maxsize back
# pressure, PriorityQueue, LifoQueue, QueueEmpty/QueueFull.
import asyncio


async def producer(q, n):
    for i in range(n):
        await q.put(i)
        print("put", i, "size", q.qsize())
    await q.put(None)


async def consumer(q):
    total = 0
    while True:
        item = await q.get()
        q.task_done()
        if item is None:
            return total
        print("got", item)
        total += item
        await asyncio.sleep(0.001)


async def main():
    q = asyncio.Queue(maxsize=2)
    print(q.maxsize, q.empty(), q.full())
    p = asyncio.create_task(producer(q, 5))
    total = await consumer(q)
    await p
    print("total", total)
    await q.join()
    print("joined")

    q = asyncio.Queue()
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")
    q = asyncio.Queue(1)
    q.put_nowait("a")
    try:
        q.put_nowait("b")
    except asyncio.QueueFull:
        print("QueueFull")
    print(q.get_nowait())
    try:
        q.task_done()
        q.task_done()
    except ValueError as e:
        print("ValueError:", e)

    pq = asyncio.PriorityQueue()
    for item in [(3, "c"), (1, "a"), (2, "b")]:
        pq.put_nowait(item)
    print([pq.get_nowait() for _ in range(3)])

    lq = asyncio.LifoQueue()
    for item in "xyz":
        await lq.put(item)
    print([await lq.get() for _ in range(3)])

    # many workers sharing one queue
    q = asyncio.Queue()
    results = []

    async def worker(name):
        while True:
            n = await q.get()
            await asyncio.sleep(0.001 * (n % 3))
            results.append(n * n)
            q.task_done()

    for n in range(10):
        q.put_nowait(n)
    workers = [asyncio.create_task(worker(f"w{i}")) for i in range(3)]
    await q.join()
    for w in workers:
        w.cancel()
    res = await asyncio.gather(*workers, return_exceptions=True)
    print(sorted(results), [type(r).__name__ for r in res])

    try:
        await asyncio.wait_for(asyncio.Queue().get(), 0.01)
    except asyncio.TimeoutError:
        print("get timed out")

asyncio.run(main())
