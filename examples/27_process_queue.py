# Passing a list through a multiprocessing Queue
# From seed 000 (Baidu answer "Python多进程,多线程分别是并行还是并发"), 进程的通信: Quene.
# Watch: the child puts [42, None, 'hello'] on the queue; the parent's
# get() waits for it and prints it.
from multiprocessing import Process, Queue

def f(q):
    q.put([42, None, 'hello'])

if __name__ == '__main__':
    q = Queue()
    p = Process(target=f, args=(q,))
    p.start()
    print(q.get())    # prints "[42, None, 'hello']"
    p.join()
