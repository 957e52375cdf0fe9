# Ten processes, three items in the Queue
# From seed 001 (notes "Python 进程": processes, shared data, pools, coroutines), 进程数据共享: Queue.
# Watch: only three children get an item (h1, h2, h3, in some order, each
# with the number of the child that got it); the other seven block in
# q.get() on the empty queue.
# Changed: in the original those seven children wait forever, so the
# program never ends. The lines marked "added" wait until three children
# are done, then terminate the ones still blocked.
from multiprocessing import Process, Queue
import time                                      # added

def f(i,q):
    print(i,q.get())

if __name__ == '__main__':
    q = Queue()
    q.put("h1")
    q.put("h2")
    q.put("h3")
    procs = []                                   # added
    for i in range(10):
        p = Process(target=f, args=(i,q,))
        p.start()
        procs.append(p)                          # added
    while sum(p.exitcode is not None for p in procs) < 3:   # added
        time.sleep(0.1)                          # added
    for p in procs:                              # added
        if p.is_alive():                         # added
            p.terminate()                        # added
