# asyncio: 10,000 tasks each sleeping 0, gathered; then a producer/consumer
# pair over an asyncio.Queue.  (Interleave runs its own pure-Python asyncio;
# CPython its C-accelerated one.)
import asyncio


async def sleeper(i):
    await asyncio.sleep(0)
    return i


async def many_tasks(n):
    tasks = [asyncio.create_task(sleeper(i)) for i in range(n)]
    return sum(await asyncio.gather(*tasks))


async def queue_pair(n):
    queue = asyncio.Queue(maxsize=100)
    total = 0

    async def producer():
        for i in range(n):
            await queue.put(i)

    async def consumer():
        nonlocal total
        for _ in range(n):
            total += await queue.get()

    await asyncio.gather(producer(), consumer())
    return total


checksum = 0
for _ in range(5):
    checksum += asyncio.run(many_tasks(10000))
checksum += asyncio.run(queue_pair(50000))
print(checksum)
