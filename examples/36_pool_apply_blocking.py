# Pool(3).apply: one task at a time, the caller blocks
# From seed 002 (blog post on processes, threads and coroutines), 二、进程 9) test_9_2.py.
# Watch: apply() waits for each task, so "msg:" and "done" strictly
# alternate, one task per second, and the dashes come only after all five.
# Shortened: each task slept 5 s (25 s in all); now 1 s (5 s).
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
        # pool.apply_async(func, args=(msg,)) # 维持执行的进程总数为processes,当一个进程执行完毕后会添加新的进程进去
        pool.apply(func, args=(msg, ))
    print('-' * 50)
    pool.close()
    pool.join()  # 调用join之前,先调用close函数,否则会出错。执行完close后不会有新的进程加入到pool,join函数等待所有子进程结束
    print('sub-process Done!')


if __name__ == '__main__':
    main()
