# _il_warmup — run once by the web runtime when a page loads (host/web.cpp
# il_warmup), output discarded: the browser compiles wasm in two tiers, and
# the interpreter loop and its helpers reach the optimising tier only after
# running a while. Without this the first program a visitor runs is 2-4x
# slower than the next. A mix of what programs do: calls, attributes,
# arithmetic, containers, strings, generators, exceptions. It also imports
# the modules the examples use, so their compiled code (shared by every
# interpreter of the page) is ready before the first program asks for it.
import threading, queue, random, time
import multiprocessing, multiprocessing.spawn, multiprocessing.queues, multiprocessing.synchronize, multiprocessing.pool
import pickle, asyncio, concurrent.futures, greenlet, signal, logging, logging.handlers
class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm(self):
        return self.x * self.x + self.y * self.y
def gen(n):
    for i in range(n):
        yield i * 2
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
def work(k):
    total = 0
    d = {}
    out = []
    for i in range(k):
        p = P(i, i + 1.5)
        total += int(p.norm()) % 7
        total += (i + i ** 2 + i ** 3 + (1 << 70)) % 1000 + int(i * 1.5 / (i + 1))
        d[str(i)] = d.get(str(i % 10), 0) + 1
        out.append(f"{i}:{total}")
        try:
            if i % 3 == 0:
                raise ValueError(i)
        except ValueError as e:
            total += len(e.args)
    total += sum(x for x in gen(k)) + sum([y for y in range(k) if y & 1])
    total += len(" ".join(out).split(":")) + fib(12)
    return total, sorted(d.items())[:2]
for r in range(40):
    work(300)
