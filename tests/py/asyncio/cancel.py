# asyncio cancellation: Task.cancel, CancelledError, shield, wait_for,
# timeout()/timeout_at(), and asyncio.run cancelling leftover tasks.
import asyncio


async def sleeper(name, delay):
    try:
        await asyncio.sleep(delay)
        print(name, "woke")
        return name
    except asyncio.CancelledError as e:
        print(name, "cancelled", e.args)
        raise
    finally:
        print(name, "finally")


async def stubborn():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("stubborn ignores the cancel")
    return "kept going"


async def main():
    t = asyncio.create_task(sleeper("t", 1))
    await asyncio.sleep(0)
    print(t.cancel(), t.cancelling())
    try:
        await t
    except asyncio.CancelledError:
        print("awaiting t raised CancelledError", t.cancelled(), t.done())
    print(t.cancel())

    t = asyncio.create_task(sleeper("m", 1))
    await asyncio.sleep(0)
    t.cancel("with a message")
    try:
        await t
    except asyncio.CancelledError as e:
        print("message:", e.args)

    # cancelling a task before it starts: the coroutine never runs
    t = asyncio.create_task(sleeper("never", 1))
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("never started", t.cancelled())

    t = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    t.cancel()
    print(await t, t.cancelled())

    # shield: the outer await is cancelled, the inner task goes on
    inner = asyncio.create_task(sleeper("inner", 0.02))
    async def shielded():
        return await asyncio.shield(inner)
    outer = asyncio.create_task(shielded())
    await asyncio.sleep(0)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("outer cancelled, inner done:", inner.done())
    print(await inner)

    # wait_for
    print(await asyncio.wait_for(sleeper("quick", 0.01), timeout=1))
    try:
        await asyncio.wait_for(sleeper("slow", 1), timeout=0.01)
    except asyncio.TimeoutError as e:
        print("wait_for timed out", type(e).__name__, type(e.__cause__).__name__)
    try:
        await asyncio.wait_for(sleeper("zero", 1), timeout=0)
    except TimeoutError:
        print("timeout=0 timed out")
    print(await asyncio.wait_for(sleeper("none", 0.01), None))

    # timeout() (3.11)
    try:
        async with asyncio.timeout(0.01) as cm:
            print("expired?", cm.expired())
            await sleeper("in timeout", 1)
    except TimeoutError:
        print("timeout() raised TimeoutError, expired:", cm.expired())
    async with asyncio.timeout(None) as cm:
        print("when:", cm.when())
        cm.reschedule(asyncio.get_running_loop().time() + 1)
        print("rescheduled:", cm.when() is not None)
        await asyncio.sleep(0.01)
    print("expired:", cm.expired())
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout_at(loop.time() + 0.01):
            await asyncio.sleep(1)
    except TimeoutError:
        print("timeout_at raised TimeoutError")

    # uncancel / cancelling
    t = asyncio.current_task()
    t.cancel()
    print("cancelling:", t.cancelling())
    print("uncancel:", t.uncancel())
    try:
        await asyncio.sleep(0)
    except asyncio.CancelledError:
        print("the pending cancel was still delivered")

    # leftover tasks are cancelled by asyncio.run at the end
    asyncio.create_task(sleeper("leftover", 10))
    await asyncio.sleep(0)
    print("main returns")


asyncio.run(main())
print("after run")
