# asyncio.run closes async generators left suspended when main() ends
# (loop.shutdown_asyncgens through sys.set_asyncgen_hooks), so their
# `finally` runs, awaits included; plus the hooks API itself.
# Recorded from CPython 3.11. The generators stay referenced (`kept`) so
# that CPython, too, closes them at shutdown rather than when dropped.
import asyncio
import sys


async def ticker(name):
    try:
        i = 0
        while True:
            yield i
            i += 1
    finally:
        await asyncio.sleep(0)
        print(f"{name}: finally after an await")


async def counted(name, n):
    try:
        for i in range(n):
            yield i
    finally:
        print(f"{name}: finally")


kept = []


async def main():
    gen = ticker("ticker")
    kept.append(gen)
    print(await gen.__anext__(), await gen.__anext__())
    done = counted("exhausted", 2)
    kept.append(done)
    print([x async for x in done])
    hooks = sys.get_asyncgen_hooks()
    print(type(hooks).__name__, hooks.firstiter is not None, hooks.finalizer is not None)
    print("main done")


asyncio.run(main())
print("after run:", [g.ag_frame is None for g in kept])
print(sys.get_asyncgen_hooks())

# The hooks outside asyncio: firstiter sees each generator's first step.
seen = []
sys.set_asyncgen_hooks(firstiter=lambda g: seen.append(g.__name__))
g = counted("manual", 1)
print(seen)
try:
    g.asend(None).send(None)
except StopIteration as e:
    print("yielded", e.value)
print(seen, sys.get_asyncgen_hooks().finalizer)
try:
    g.aclose().send(None)
except StopIteration:
    print("closed")
sys.set_asyncgen_hooks(firstiter=None)
try:
    sys.set_asyncgen_hooks(finalizer=3)
except TypeError as e:
    print(e)
print(sys.get_asyncgen_hooks())
