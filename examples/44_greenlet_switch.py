# Two greenlets switching back and forth
# From seed 001 (notes "Python 进程": processes, shared data, pools, coroutines), 协程: greenlet.
# Watch: 12, 56, 34, 78: each switch() jumps to the other greenlet and
# resumes it where it left off. When test2 returns after 78, control goes
# to its parent, the main program, which ends; test1 is left suspended.
# Needs the third-party greenlet package (not in CPython's standard library).
# Ported: print().
from greenlet import greenlet


def test1():
    print(12)
    gr2.switch()
    print(34)
    gr2.switch()


def test2():
    print(56)
    gr1.switch()
    print(78)

gr1 = greenlet(test1)
gr2 = greenlet(test2)
gr1.switch()
