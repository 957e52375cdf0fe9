# Pool: initializer, apply/apply_async with callbacks, map/imap/starmap, AsyncResult, lifecycle.
import multiprocessing as mp
import os

state = {}


def init(tag):
    state['tag'] = tag


def tagged(x):
    return (state.get('tag'), x)


def sq(x):
    return x * x


def add(a, b=0):
    return a + b


def fail(x):
    raise ValueError('bad %s' % x)


def pid_of(_):
    return os.getpid()


if __name__ == '__main__':
    mp.set_start_method('spawn')
    with mp.Pool(processes=2, initializer=init, initargs=('T',)) as pool:
        print(pool.apply(tagged, (1,)), pool.apply(add, (1,), {'b': 2}))
        print(pool.map(tagged, [1, 2, 3]))
        print(pool.map(sq, range(20), chunksize=3))
        print(pool.map(sq, []))
        print(pool.starmap(add, [(1, 2), (3, 4), (5, 6)]))
        print(list(pool.imap(sq, range(6), chunksize=2)))
        print(sorted(pool.imap_unordered(sq, range(6), chunksize=4)))
        got = []
        r = pool.apply_async(sq, (7,), callback=got.append)
        print(r.get(timeout=10), r.ready(), r.successful())
        r.wait()
        print('callback', got)
        errs = []
        r = pool.apply_async(fail, (1,), error_callback=lambda e: errs.append(repr(e)))
        r.wait(10)
        print(r.ready(), r.successful(), errs)
        try:
            r.get()
        except ValueError as e:
            print('ValueError', e)
        mr = pool.map_async(sq, [1, 2, 3], callback=lambda v: print('map_async callback', v))
        print(mr.get(10))
        mr = pool.map_async(fail, [1, 2], chunksize=2, error_callback=lambda e: print('map error', e))
        try:
            mr.get(10)
        except ValueError as e:
            print('ValueError', e)
        it = pool.imap(fail, [5])
        try:
            next(it)
        except ValueError as e:
            print('imap ValueError', e)
        sr = pool.starmap_async(add, [(2, 3)])
        print(sr.get(10))
        print('pids', len(set(pool.map(pid_of, range(8)))) <= 2)
    pool = mp.Pool(1, maxtasksperchild=2)
    pids = [pool.apply(pid_of, (i,)) for i in range(4)]
    print('maxtasksperchild', pids[0] == pids[1], pids[1] != pids[2], pids[2] == pids[3])
    pool.close()
    try:
        pool.apply(sq, (1,))
    except ValueError as e:
        print('ValueError', e)
    pool.join()
    pool = mp.Pool(2)
    r = pool.apply_async(sq, (3,))
    print(r.get(10))
    pool.terminate()
    pool.join()
    try:
        pool.map(sq, [1])
    except ValueError as e:
        print('ValueError', e)
    pool = mp.Pool(2)
    try:
        pool.join()
    except ValueError as e:
        print('ValueError', e)
    pool.close()
    pool.join()
    print('done')
