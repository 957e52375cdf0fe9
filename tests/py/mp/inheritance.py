# Locks, queues and synchronized values pass to a child only as it is
# started (CPython's "should only be shared between processes through
# inheritance"); a Manager's may go anywhere, e.g. as Pool task arguments.
import io
import multiprocessing as mp
import pickle
import sys


def use_lock(lock, q):
    with lock:
        q.put('child used the lock')


def locked_double(args):
    lock, x = args
    with lock:
        return 2 * x


def echo(x):
    return x


if __name__ == '__main__':
    objs = [('Lock', mp.Lock()), ('RLock', mp.RLock()), ('Semaphore', mp.Semaphore()),
            ('BoundedSemaphore', mp.BoundedSemaphore()), ('Condition', mp.Condition()),
            ('Event', mp.Event()), ('Barrier', mp.Barrier(2)), ('Queue', mp.Queue()),
            ('JoinableQueue', mp.JoinableQueue()), ('SimpleQueue', mp.SimpleQueue()),
            ('Value', mp.Value('i', 1)), ('Array', mp.Array('i', 3))]
    for name, o in objs:
        try:
            pickle.dumps(o)
            print(name, 'pickles')
        except RuntimeError as e:
            print(name, type(e).__name__, e)

    # By inheritance: fine.
    lock, q = mp.Lock(), mp.Queue()
    p = mp.Process(target=use_lock, args=(lock, q))
    p.start()
    print(q.get(timeout=10))
    p.join()
    print('exitcode', p.exitcode)

    # A Pipe refuses at send().
    r, w = mp.Pipe()
    try:
        w.send(mp.Value('i'))
    except RuntimeError as e:
        print('Pipe.send', e)

    # Queue.put pickles in CPython's feeder thread: the error is printed and
    # the item dropped; put() returns.
    saved, sys.stderr = sys.stderr, io.StringIO()
    try:
        q.put(mp.Lock())
        q.put('after')
        item = q.get(timeout=10)  # the feeder has dealt with the lock by now
    finally:
        err, sys.stderr = sys.stderr.getvalue(), saved
    print('Queue.put:', err.strip().splitlines()[-1])
    print('next item:', item)

    with mp.Pool(2) as pool:
        try:
            pool.apply(echo, (mp.Lock(),))
        except RuntimeError as e:
            print('Pool.apply', e)
        try:
            pool.map(echo, [mp.Queue()])
        except RuntimeError as e:
            print('Pool.map', e)
        with mp.Manager() as m:
            ml, mq = m.Lock(), m.Queue()
            print('manager lock in tasks', pool.map(locked_double, [(ml, 1), (ml, 2), (ml, 3)]))
            pool.apply(mq.put, ('sent through a manager queue',))
            print(mq.get(timeout=10))
            for name in ('RLock', 'Semaphore', 'Event', 'Condition'):
                pool.apply(echo, (getattr(m, name)(),))
                print('manager', name, 'passes')
