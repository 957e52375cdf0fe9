# A multiprocessing Lock around print
# From seed 000 (Baidu answer "Python多进程,多线程分别是并行还是并发"), 进程间的同步.
# Watch: "hello world 0" ... "hello world 9", one whole line per process
# (the lock keeps lines from mixing); the order may vary.
# Added: the last lines wait for the children. Under the spawn (or
# forkserver) start method, a parent that exits right away removes the
# lock's named semaphore before a slow child has opened it, and that child
# dies with FileNotFoundError; with fork (Linux's default) it makes no
# difference.
from multiprocessing import Process, Lock
from multiprocessing import active_children   # added

def f(l, i):
    l.acquire()
    print('hello world', i)
    l.release()

if __name__ == '__main__':
    lock = Lock()

    for num in range(10):
        Process(target=f, args=(lock, num)).start()

    for p in active_children():     # added
        p.join()                    # added
