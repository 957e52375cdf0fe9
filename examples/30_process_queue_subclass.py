# Process subclasses fill a Queue, another process drains it
# From seed 002 (blog post on processes, threads and coroutines), 二、进程 8) test_8.py (进程通信).
# Watch: three MyProcess_1 children put 张三, 李四 and 王五 on a Queue of
# size 3 (in whatever order they run); after they are joined, a fourth
# process prints the three names.
# Changed: print_ looped `while Q:`, but a Queue object is always true, so
# after the three names it blocked in Q.get() forever and the program never
# ended; it now loops `while not Q.empty():`.
# Added: p4.join() at the end. Under the spawn (or forkserver) start
# method, a parent that exits right away removes the named semaphore of the
# queue's lock before p4 has opened it, and p4 dies with FileNotFoundError;
# with fork (Linux's default) it makes no difference.
import multiprocessing
from multiprocessing import Queue
import time

class MyProcess_1(multiprocessing.Process):
    def __init__(self, input, Q):
        super(MyProcess_1, self).__init__()
        self.input = input
        self.Q = Q

    def run(self):
        self.Q.put(self.input)
        # pass


def print_(Q):
    while not Q.empty():
        print(Q.get())


def main():
    Q = Queue(3)
    p1 = MyProcess_1('张三', Q)
    p2 = MyProcess_1('李四', Q)
    p3 = MyProcess_1('王五', Q)
    p4 = multiprocessing.Process(target=print_, args=(Q, ))
    p = [p1, p2, p3]
    for I in p:
        I.start()
    for J in p:
        J.join()

    p4.start()
    p4.join()   # added


if __name__ == '__main__':
    main()
