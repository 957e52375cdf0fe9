# Process API: names, daemon flag, join(timeout), close, parent/current process, start methods.
import multiprocessing as mp
import os
import sys


def report(q):
    cur = mp.current_process()
    par = mp.parent_process()
    q.put((cur.name, cur.pid == os.getpid(), par.pid == os.getppid(), par.name,
           __name__, mp.get_start_method()))


def wait_for(ev):
    ev.wait()


def noop():
    pass


class Sub(mp.Process):
    def __init__(self, q, k):
        super().__init__(name='custom')
        self.q, self.k = q, k

    def run(self):
        self.q.put(('run', self.k * 2, self.name, type(self).__name__))


if __name__ == '__main__':
    mp.set_start_method('spawn')
    print(mp.get_start_method(), mp.current_process().name, mp.parent_process())
    print(isinstance(mp.cpu_count(), int) and mp.cpu_count() >= 1)
    try:
        mp.set_start_method('spawn')
    except RuntimeError as e:
        print('RuntimeError', e)
    mp.set_start_method('spawn', force=True)
    ctx = mp.get_context('spawn')
    print(ctx.get_start_method(), ctx.Process is not None)
    q = ctx.Queue()
    p = ctx.Process(target=report, args=(q,))
    print(p.name, p.daemon, p.pid, p.exitcode, p.is_alive())
    p.start()
    res = q.get()
    p.join()
    print(res)
    print('pid matches', isinstance(p.pid, int), p.pid != os.getpid(), p.exitcode)
    s = Sub(q, 21)
    s.start()
    print(q.get())
    s.join()
    print(s.exitcode, s.name)
    ev = mp.Event()
    d = mp.Process(target=wait_for, args=(ev,), daemon=True, name='waiter')
    d.start()
    print(d.daemon, d.is_alive(), [c.name for c in mp.active_children()])
    d.join(timeout=0.01)
    print('after join(timeout)', d.is_alive(), d.exitcode)
    try:
        d.close()
    except ValueError as e:
        print('ValueError', e)
    try:
        d.start()
    except AssertionError as e:
        print('AssertionError', e)
    try:
        d.daemon = False
    except AssertionError as e:
        print('AssertionError', e)
    ev.set()
    d.join()
    print(d.exitcode, mp.active_children())
    d.close()
    try:
        d.is_alive()
    except ValueError as e:
        print('ValueError', e)
    n = mp.Process(target=noop)
    try:
        n.join()
    except AssertionError as e:
        print('AssertionError', e)
    n.start()
    n.join()
    n.join()
    print('joined twice', n.exitcode)
    r = repr(n).replace(str(n.pid), 'PID').replace(str(os.getpid()), 'PPID')
    print(r)
