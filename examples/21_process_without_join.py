# Without join(): the parent does not wait
# From seed 002 (blog post on processes, threads and coroutines), 二、进程 5) test_5_2.py.
# Watch: the main process prints its (tiny) run time first, then the three
# children report; the program still lasts about 5 s, because Python waits
# for non-daemon children at exit.
from multiprocessing import Process
import os, time


def task(n):
    print('1_%s is running, current Process ID: %d, Parent Process ID: %d' %(n, os.getpid(), os.getppid()))
    time.sleep(n)
    print('2_%s is done, current Process ID: %d, Parent Process ID: %d' %(n, os.getpid(), os.getppid()))


def main():
    p1 = Process(target=task, args=(1, ))
    p2 = Process(target=task, args=(2, ))
    p3 = Process(target=task, args=(5, ))
    start = time.time()

    p = [p1, p2, p3]
    for pro in p:
        # pro.daemon = True
        pro.start()

    # for pro in p:
    #     pro.join()

    stop = time.time()
    print('主进程执行时间:%s, current Process ID: %d, Parent Process ID: %d' %(str(stop-start),os.getpid(),os.getppid()))


if __name__ == '__main__':
    main()
