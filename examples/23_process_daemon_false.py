# A non-daemon process outlives the parent's code
# From seed 002 (blog post on processes, threads and coroutines), 二、进程 6) test_6_2.py (daemon = False).
# Watch: the parent prints "Done!" first, then the child prints its PID and
# its parent's PID five times, a second apart: the program waits for it.
from multiprocessing import Process
import time, os


def test():
    for i in range(5):
        print('My current pid%d, My parent pid%d'%(os.getpid(), os.getppid()))
        time.sleep(1)


def main():
    p1 = Process(target=test)
    p1.daemon = False
    p1.start()
    print('My current pid%d, Done!'%(os.getpid()))


if __name__ == '__main__':
    main()
