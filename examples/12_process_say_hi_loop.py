# Ten processes saying hi
# From seed 001 (notes "Python 进程": processes, shared data, pools, coroutines), first example.
# Watch: "say hi 0" ... "say hi 9", one line per child process; the order
# may change from run to run.
# Ported: print(); the loop that starts the processes ran at module level
# and is now under `if __name__ == '__main__':`, which the spawn start method
# needs (each child re-imports this file). `threading` is imported but
# unused, as in the original.
from multiprocessing import Process
import threading
import time

def foo(i):
    print('say hi',i)

if __name__ == '__main__':
    for i in range(10):
        p = Process(target=foo,args=(i,))
        p.start()
