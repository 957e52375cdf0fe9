# Lock, RLock, Semaphore, BoundedSemaphore, Event, Condition and Barrier across processes.
import multiprocessing as mp


def locked_add(lock, v, n):
    for _ in range(n):
        with lock:
            v.value += 1


def rlock_twice(rl, q):
    with rl:
        with rl:
            q.put('rlock nested ok')


def sem_worker(sem, v, peak, lock):
    with sem:
        with lock:
            v.value += 1
            peak.value = max(peak.value, v.value)
        with lock:
            v.value -= 1


def waiter(ev, q, i):
    ev.wait()
    q.put(('event', i))


def cond_consumer(cond, box, q):
    with cond:
        cond.wait_for(lambda: box.value > 0)
        q.put(('cond', box.value))


def at_barrier(bar, q):
    i = bar.wait()
    q.put(i)


if __name__ == '__main__':
    mp.set_start_method('spawn')
    lock = mp.Lock()
    print(lock.acquire(), lock.acquire(False), lock.acquire(timeout=0.01))
    lock.release()
    try:
        mp.Lock().release()
    except ValueError as e:
        print('ValueError', e)
    v = mp.Value('i', 0, lock=False)
    ps = [mp.Process(target=locked_add, args=(lock, v, 300)) for _ in range(3)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    print('lock', v.value)
    rl = mp.RLock()
    print(rl.acquire(), rl.acquire(), end=' ')
    rl.release()
    rl.release()
    try:
        rl.release()
    except AssertionError as e:
        print('AssertionError', e)
    q = mp.Queue()
    p = mp.Process(target=rlock_twice, args=(rl, q))
    p.start()
    print(q.get())
    p.join()
    sem = mp.Semaphore(2)
    print(sem.get_value(), sem.acquire(), sem.acquire(), sem.acquire(timeout=0.01), sem.get_value())
    sem.release()
    sem.release()
    sem.release()
    print('unbounded release', sem.get_value())
    bs = mp.BoundedSemaphore(1)
    bs.acquire()
    bs.release()
    try:
        bs.release()
    except ValueError as e:
        print('ValueError', e)
    sem2 = mp.Semaphore(2)
    cur, peak = mp.Value('i', 0), mp.Value('i', 0)
    ps = [mp.Process(target=sem_worker, args=(sem2, cur, peak, lock)) for _ in range(4)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    print('semaphore peak <= 2', peak.value <= 2, cur.value)
    ev = mp.Event()
    print(ev.is_set(), ev.wait(0.01))
    ps = [mp.Process(target=waiter, args=(ev, q, i)) for i in range(3)]
    for p in ps:
        p.start()
    ev.set()
    print(sorted(q.get() for _ in ps), ev.is_set(), ev.wait())
    for p in ps:
        p.join()
    ev.clear()
    print('cleared', ev.is_set())
    cond = mp.Condition()
    box = mp.Value('i', 0)
    p = mp.Process(target=cond_consumer, args=(cond, box, q))
    p.start()
    with cond:
        box.value = 5
        cond.notify_all()
    print(q.get())
    p.join()
    with cond:
        print('wait timeout', cond.wait(0.01))
    try:
        cond.notify()
    except AssertionError as e:
        print('AssertionError', e)
    bar = mp.Barrier(3)
    print(bar.parties, bar.n_waiting, bar.broken)
    ps = [mp.Process(target=at_barrier, args=(bar, q)) for _ in range(2)]
    for p in ps:
        p.start()
    mine = bar.wait()
    print('barrier indices', sorted([mine] + [q.get() for _ in ps]))
    for p in ps:
        p.join()
    bar.abort()
    try:
        bar.wait()
    except Exception as e:
        print(type(e).__name__, bar.broken)
