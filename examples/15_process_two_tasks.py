# Two processes, two tasks, no waiting
# From seed 002 (blog post on processes, threads and coroutines), 二、进程 1) test_1.py.
# Watch: five "Study" lines and five "Playing" lines. The author expected
# them to interleave, but each loop is so short that one process usually
# finishes before the other starts printing (see the next example).
import multiprocessing


def test1():
    for i in range(5):
        print('----- I like Study -----!')


def test2():
    for i in range(5):
        print('----- I like Playing -----!')


def main():
    t1 = multiprocessing.Process(target=test1)
    t2 = multiprocessing.Process(target=test2)
    t1.start()
    t2.start()


if __name__ == '__main__':
    main()
