# gevent: explicit switches with gevent.sleep(0)
# From seed 001 (notes "Python 进程": processes, shared data, pools, coroutines), 协程: gevent.
# Watch: foo runs until gevent.sleep(0), which yields to bar; bar yields
# back, and so on: the four lines alternate foo, bar, foo, bar.
# Needs the third-party gevent package (not in CPython's standard library).
import gevent

def foo():
    print('Running in foo')
    gevent.sleep(0)
    print('Explicit context switch to foo again')

def bar():
    print('Explicit context to bar')
    gevent.sleep(0)
    print('Implicit context switch back to bar')

gevent.joinall([
    gevent.spawn(foo),
    gevent.spawn(bar),
])
