# A child process writes to a shared Value and Array
# From seed 000 (Baidu answer "Python多进程,多线程分别是并行还是并发"), 进程间的共享内存
# (the example from the official multiprocessing docs).
# Watch: the child's changes are visible in the parent: 3.1415927 and
# [0, -1, -2, ..., -9].
from multiprocessing import Process, Value, Array

def f(n, a):
    n.value = 3.1415927
    for i in range(len(a)):
        a[i] = -a[i]

if __name__ == '__main__':
    num = Value('d', 0.0)
    arr = Array('i', range(10))

    p = Process(target=f, args=(num, arr))
    p.start()
    p.join()

    print(num.value)
    print(arr[:])
