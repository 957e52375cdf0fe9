# Two processes write into one shared Array
# From seed 001 (notes "Python 进程": processes, shared data, pools, coroutines), 进程数据共享 方法一: Array.
# Watch: child 0 sets temp[0] = 100, child 1 sets temp[1] = 101, and each
# prints the whole array; a child that runs second also sees the other's
# change, because the array is shared memory.
# Ported: print(). The original keeps `temp` in a global created at module
# level and starts the processes there; that shares the array only with the
# fork start method (with spawn each child would re-import the file and get
# a fresh array of its own). Here temp is created under
# `if __name__ == '__main__':` and passed to Foo as an argument.
# Added: the last lines wait for the children. Under the spawn (or
# forkserver) start method, a parent that exits right away removes the
# named semaphore of the array's lock before a slow child has opened it,
# and that child dies with FileNotFoundError; with fork (Linux's default)
# it makes no difference.
from multiprocessing import Process,Array
from multiprocessing import active_children   # added

def Foo(i, temp):
    temp[i] = 100+i
    for item in temp:
        print(i,'----->',item)

if __name__ == '__main__':
    temp = Array('i', [11,22,33,44])

    for i in range(2):
        p = Process(target=Foo,args=(i,temp))
        p.start()

    for p in active_children():     # added
        p.join()                    # added
