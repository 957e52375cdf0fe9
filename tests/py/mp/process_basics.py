# Process: target/args/kwargs, subclass run(), pid/exitcode, exceptions, terminate.
import multiprocessing as mp
import os
import sys
import time


def greet(name, punct='!'):
    print('hello', name + punct, os.getppid() == mp.parent_process().pid)


def fail():
    raise ValueError('boom')


def quits(code):
    sys.exit(code)


def sleeper():
    time.sleep(30)


class Worker(mp.Process):
    def __init__(self, n):
        super().__init__()
        self.n = n

    def run(self):
        print('worker', self.n, self.name)


if __name__ == '__main__':
    p = mp.Process(target=greet, args=('bob',), kwargs={'punct': '?'})
    print(p.pid, p.exitcode, p.is_alive())
    p.start()
    p.join()
    print(p.exitcode, p.is_alive(), isinstance(p.pid, int))
    w = Worker(7)
    w.start()
    w.join()
    print('worker exit', w.exitcode)
    f = mp.Process(target=fail, name='Failing')
    f.start()
    f.join()
    print('fail exit', f.exitcode)
    q = mp.Process(target=quits, args=(3,))
    q.start()
    q.join()
    print('sys.exit', q.exitcode)
    s = mp.Process(target=sleeper)
    s.start()
    s.join(0.05)
    print('alive after timeout', s.is_alive())
    s.terminate()
    s.join()
    print('terminated', s.exitcode)
    k = mp.Process(target=sleeper, daemon=True)
    k.start()
    k.kill()
    k.join()
    print('killed', k.exitcode, k.daemon)
    print(mp.active_children(), mp.current_process().name)
