# Stop during asyncio.run cancels the main task first (its awaits and the
# tasks it gathers see CancelledError, finally clauses run), then raises
# KeyboardInterrupt, as CPython 3.11's runner does.
import asyncio
async def worker(n):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print('worker', n, 'cancelled', flush=True)
        raise
    finally:
        print('worker', n, 'cleanup', flush=True)
async def main():
    ts = [asyncio.create_task(worker(i)) for i in range(2)]
    print('running', flush=True)
    try:
        await asyncio.gather(*ts)
    finally:
        print('main cleanup', flush=True)
asyncio.run(main())
