# Queue, SimpleQueue and JoinableQueue between processes.
import multiprocessing as mp
import queue


def produce(q, n):
    for i in range(n):
        q.put(i)
    q.put('done')


def consume(jq, out):
    while True:
        item = jq.get()
        if item is None:
            jq.task_done()
            break
        out.put(item * 10)
        jq.task_done()


def simple(sq, reply):
    while (x := sq.get()) != 'stop':
        reply.put(x[::-1])


if __name__ == '__main__':
    mp.set_start_method('spawn')
    q = mp.Queue(maxsize=2)
    print(q.empty(), q.qsize(), q.full())
    q.put(1)
    q.put(2, block=True, timeout=1)
    print(q.full(), q.qsize())
    try:
        q.put(3, block=False)
    except queue.Full:
        print('Full (nowait)')
    try:
        q.put(3, timeout=0.01)
    except queue.Full:
        print('Full (timeout)')
    try:
        q.put_nowait(3)
    except queue.Full:
        print('Full (put_nowait)')
    print(q.get(), q.get_nowait(), q.empty())
    try:
        q.get(block=False)
    except queue.Empty:
        print('Empty (nowait)')
    try:
        q.get(timeout=0.01)
    except queue.Empty:
        print('Empty (timeout)')
    # a bounded queue: the producer blocks until the parent reads
    p = mp.Process(target=produce, args=(q, 6))
    p.start()
    got = []
    while (x := q.get(timeout=10)) != 'done':
        got.append(x)
    p.join()
    print('bounded', got, p.exitcode)
    q.close()
    q.join_thread()
    try:
        q.put(1)
    except ValueError as e:
        print('ValueError', str(e).split(' <')[0], str(e).endswith('is closed'))
    sq, reply = mp.SimpleQueue(), mp.SimpleQueue()
    print(sq.empty())
    p = mp.Process(target=simple, args=(sq, reply))
    p.start()
    for w in ['abc', 'xy']:
        sq.put(w)
        print('simple', reply.get())
    sq.put('stop')
    p.join()
    print(sq.empty(), reply.empty())
    sq.close()
    jq, out = mp.JoinableQueue(), mp.Queue()
    ws = [mp.Process(target=consume, args=(jq, out)) for _ in range(2)]
    for w in ws:
        w.start()
    for i in range(8):
        jq.put(i)
    for _ in ws:
        jq.put(None)
    jq.join()
    print('joinable', sorted(out.get() for _ in range(8)))
    for w in ws:
        w.join()
    try:
        jq.task_done()
    except ValueError as e:
        print('ValueError', e)
