# Hello from a child process
# From seed 000 (Baidu answer "Python多进程,多线程分别是并行还是并发"), 进程的创建
# (the example from the official multiprocessing docs).
# Watch: the child process prints "hello bob"; the parent waits for it with join().
from multiprocessing import Process

def f(name):
    print('hello', name)

if __name__ == '__main__':
    p = Process(target=f, args=('bob',))
    p.start()
    p.join()
