# Two processes taking turns, one line a second
# From seed 002 (blog post on processes, threads and coroutines), 二、进程 2) test_2.py.
# Watch: with time.sleep(1) in each loop the two processes' lines now
# interleave, one pair per second, in either order within a pair (5 s).
import multiprocessing
import time


def test1():
    for i in range(5):
        print('----- I like Study -----!')
        time.sleep(1)


def test2():
    for i in range(5):
        print('----- I like Playing -----!')
        time.sleep(1)


def main():
    t1 = multiprocessing.Process(target=test1)
    t2 = multiprocessing.Process(target=test2)
    t1.start()
    t2.start()


if __name__ == '__main__':
    main()
