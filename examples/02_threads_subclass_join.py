# Two Thread subclasses, joined before the main thread ends
# From seed 002 (blog post on processes, threads and coroutines), 二、线程 2) test_2.py.
# Watch: the two threads print in turn once a second; "Done" comes last,
# because main() joins both threads first.
import threading
import time


class MyThread(threading.Thread):
    def __init__(self, meg, n):
        super(MyThread, self).__init__()
        self.meg = meg
        self.n = n

    # 一定要写这个方法来完成某个线程的任务
    def run(self):
        for i in range(self.n):
            print(self.meg + '------', self.n)
            time.sleep(1)
        print('DONE!')


def main():
    t1 = MyThread('I am dacing', 5)
    t2 = MyThread('I am singing', 5)
    t1.start()
    t2.start()
    t1.join()
    t2.join()# 等待子线程完成再继续
    print('Done')


if __name__ == '__main__':
    main()
