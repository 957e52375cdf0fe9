# Subclassing multiprocessing.Process
# From seed 000 (Baidu answer "Python多进程,多线程分别是并行还是并发"), 类似与线程,一可以通过继承process类来实现.
# Watch: five processes print "in" + their name: inWorker-1 ... inWorker-5
# (Python 3 names them after the class), in whatever order they run.
from multiprocessing import Process

class Worker(Process):
    def run(self):
        print("in" + self.name)

if __name__ == '__main__':
    jobs = []
    for i in range(5):
        p = Worker()
        jobs.append(p)
        p.start()
    for j in jobs:
        j.join()
