# A daemon process dies with its parent
# From seed 002 (blog post on processes, threads and coroutines), 二、进程 6) test_6_1.py (daemon = True).
# Watch: usually only the parent's "Done!" line: the parent ends right away
# and its daemon child is terminated with it, before (or just after) its
# first line. Compare with the next example.
from multiprocessing import Process
import time, os


def test():
    for i in range(5):
        print('My current pid%d, My parent pid%d'%(os.getpid(), os.getppid()))
        time.sleep(1)


def main():
    p1 = Process(target=test)
    p1.daemon = True
    p1.start()
    print('My current pid%d, Done!'%(os.getpid()))


if __name__ == '__main__':
    main()
