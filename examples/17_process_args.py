# Passing arguments to processes with args=(...)
# From seed 002 (blog post on processes, threads and coroutines), 二、进程 3) test_3.py.
# Watch: Study counts 0-4 and Playing counts 0-9, one line each per second;
# after 5 s only Playing goes on (10 s in all).
import multiprocessing
import time


def test1(n):
    for i in range(n):
        print('----- I like Study -----!, this is num %d' %i)
        time.sleep(1)


def test2(n):
    for i in range(n):
        print('----- I like Playing -----!, this is num %d' %i)
        time.sleep(1)


def main():
    t1 = multiprocessing.Process(target=test1, args=(5,)) ## 一定要注意要传入的参数要元组类型,这里的','别丢了
    t2 = multiprocessing.Process(target=test2, args=(10,))
    t1.start()
    t2.start()


if __name__ == '__main__':
    main()
