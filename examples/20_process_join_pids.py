# join(): the parent waits for three children (with PIDs)
# From seed 002 (blog post on processes, threads and coroutines), 二、进程 5) test_5_1.py.
# Watch: the children (sleeping 1, 2 and 5 s) report their PID and parent
# PID; the main process prints its run time (about 5 s) only after joining
# all three. Compare with the next example, which does not join.
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

    for pro in p:
        pro.join()

    stop = time.time()
    print('主进程执行时间:%s, current Process ID: %d, Parent Process ID: %d' %(str(stop-start),os.getpid(),os.getppid()))


if __name__ == '__main__':
    main()
