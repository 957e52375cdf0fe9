# Twenty processes update a shared Array under an RLock
# From seed 001 (notes "Python 进程": processes, shared data, pools, coroutines), 进程数据共享 (Array + RLock).
# Watch: each process sets temp[0] = 100+i and prints all four items while
# holding the lock, so each process's four lines stay together; the order
# of the processes varies.
# Ported: print(); the lock, the array and the loop that starts the
# processes ran at module level and are now under
# `if __name__ == '__main__':`, which the spawn start method needs.
# Added: the last lines wait for the children. Under the spawn (or
# forkserver) start method, a parent that exits right away removes the
# lock's named semaphore before a slow child has opened it, and that child
# dies with FileNotFoundError; with fork (Linux's default) it makes no
# difference.
from multiprocessing import Process, Array, RLock
from multiprocessing import active_children   # added

def Foo(lock,temp,i):
    """
    将第0个数加100
    """
    lock.acquire()
    temp[0] = 100+i
    for item in temp:
        print(i,'----->',item)
    lock.release()

if __name__ == '__main__':
    lock = RLock()
    temp = Array('i', [11, 22, 33, 44])

    for i in range(20):
        p = Process(target=Foo,args=(lock,temp,i,))
        p.start()

    for p in active_children():     # added
        p.join()                    # added
