# A Process subclass with its own arguments
# From seed 002 (blog post on processes, threads and coroutines), 二、进程 4) test_4.py.
# Watch: "dancing" counts 0-4 and "singing" 0-7, one line each per second
# (8 s in all); __init__ must call super().__init__() and run() does the work.
import multiprocessing
import time


# 如果用类实现多进程, 要先去继承 Process这个类
class MyProcess(multiprocessing.Process):
    """实现多线程"""
    def __init__(self, task_name, nums):
        super(MyProcess, self).__init__()
        self.task_name = task_name
        self.nums = nums

    # 一定要写这个run方法
    def run(self):
        for i in range(self.nums):
            print('--- I do %s, this is num %d' %(self.task_name, i))
            time.sleep(1)


def main():
    t1 = MyProcess('dancing', 5)
    t2 = MyProcess('singing', 8)
    t1.start()
    t2.start()


if __name__ == '__main__':
    main()
