# Pool(3).apply_async: at most three tasks at a time
# From seed 002 (blog post on processes, threads and coroutines), 二、进程 9) test_9_1.py.
# Watch: the dashes print at once (apply_async does not block); three
# "msg:" lines start, and each "done" lets the next message in; "sub-process
# Done!" comes after close() and join(). Compare with the next example.
# Shortened: each task slept 5 s (10 s in all); now 1 s (2 s), as in the
# next example, so the two stay comparable.
from multiprocessing import Pool
import multiprocessing
import time


def func(msg):
    print('msg: ', msg)
    time.sleep(1)
    print('done')


def main():
    pool = Pool(processes=3)
    for i in range(5):
        msg = 'Process - ' + str(i)
        pool.apply_async(func, args=(msg,))
    print('-' * 50)
    pool.close()
    pool.join()
    print('sub-process Done!')


if __name__ == '__main__':
    main()
