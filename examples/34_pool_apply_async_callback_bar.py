# A pool of 5 processes with apply_async and a callback
# From seed 001 (notes "Python 进程": processes, shared data, pools, coroutines), 进程池.
# Watch: "end" prints first, because apply_async does not block; then the
# callback Bar prints 100 ... 109 as results come back, five at a time
# (each task sleeps 2 s, so about 4 s in all; order within a batch varies).
# Ported: print(); the pool code ran at module level and is now under
# `if __name__ == '__main__':`, which the spawn start method needs (the
# pool's workers re-import this file). The commented-out lines use print().
from multiprocessing import Process,Pool
import time

def Foo(i):
    time.sleep(2)
    return i+100

def Bar(arg):
    print(arg)

if __name__ == '__main__':
    pool = Pool(5)
    #print(pool.apply(Foo,(1,)))
    #print(pool.apply_async(func =Foo, args=(1,)).get())

    for i in range(10):
        pool.apply_async(func=Foo, args=(i,),callback=Bar)

    print('end')
    pool.close()
    pool.join()#进程池中进程执行完毕后再关闭,如果注释,那么程序直接关闭。
