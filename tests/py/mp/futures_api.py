# concurrent.futures: ProcessPoolExecutor, ThreadPoolExecutor and the Future API.
import concurrent.futures as cf
import threading


def sq(x):
    return x * x


def fail(x):
    raise KeyError(x)


if __name__ == '__main__':
    import multiprocessing as mp
    mp.set_start_method('spawn')
    with cf.ProcessPoolExecutor(max_workers=2) as ex:
        f = ex.submit(sq, 12)
        print(f.result(timeout=10), f.done(), f.cancelled(), f.running(), f.exception())
        bad = ex.submit(fail, 'k')
        print(type(bad.exception(10)).__name__, repr(bad.exception()))
        try:
            bad.result()
        except KeyError as e:
            print('KeyError', e)
        print(list(ex.map(sq, range(6), chunksize=2)))
        fs = [ex.submit(sq, i) for i in range(5)]
        print(sorted(f.result() for f in cf.as_completed(fs, timeout=10)))
        done, not_done = cf.wait(fs, timeout=10)
        print(len(done), len(not_done))
        done, _ = cf.wait([ex.submit(sq, 2), ex.submit(fail, 1)], return_when=cf.FIRST_EXCEPTION)
        print('FIRST_EXCEPTION', any(d.exception() for d in done))
        seen = []
        g = ex.submit(sq, 4)
        g.add_done_callback(lambda fut: seen.append(fut.result()))
        g.result()
        cf.wait([g])
        ex.shutdown(wait=True)
        print('callback', seen)
    try:
        ex.submit(sq, 1)
    except RuntimeError as e:
        print('RuntimeError', e)
    with cf.ThreadPoolExecutor(max_workers=2, thread_name_prefix='w') as tx:
        names = set(tx.map(lambda _: threading.current_thread().name.split('_')[0], range(4)))
        print(names)
        print(list(tx.map(sq, range(5))))
        ev = threading.Event()
        started = threading.Semaphore(0)

        def hold():
            started.release()
            return ev.wait()
        blocker = tx.submit(hold)
        blocker2 = tx.submit(hold)
        started.acquire()
        started.acquire()
        queued = tx.submit(sq, 3)
        print('cancel queued', queued.cancel(), queued.cancelled(), queued.done())
        try:
            queued.result()
        except cf.CancelledError:
            print('CancelledError')
        print('running', blocker.running(), blocker.cancel())
        try:
            blocker.result(timeout=0.01)
        except cf.TimeoutError:
            print('TimeoutError')
        ev.set()
        print(blocker.result(), blocker2.result())
    f = cf.Future()
    print(f.done(), f.set_running_or_notify_cancel(), f.running())
    f.set_result('manual')
    print(f.result(), f.done())
    f2 = cf.Future()
    f2.set_exception(ValueError('x'))
    print(repr(f2.exception()))
    calls = []
    f2.add_done_callback(lambda fut: calls.append('immediately'))
    print(calls)
