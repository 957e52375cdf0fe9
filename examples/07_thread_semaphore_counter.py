# A counter guarded by a Semaphore(3), 100 threads one after another
# From seed 004 (Q&A "python非同步線程"), ⑹ 多線程實現同步的四種方式: 信號量.
# Watch: "0 1", "1 2", ... "99 100": the semaphore lets up to 3 threads into
# add() at once, but the loop joins each thread before starting the next.
# Reconstructed: the seed is cut off after `for item in range(100):`; the
# loop body is the one of the lock example just before it (and of the
# original article): create, start and join a jdThread.
# Shortened: time.sleep(2) (200 s in all) is now time.sleep(0.02) (2 s).
import threading
import time

class Num:
    def __init__(self):
        self.num = 0
        self.sem = threading.Semaphore(value = 3) #允許最多三個線程同時訪問資源
    def add(self):
        self.sem.acquire()#內部計數器減1
        self.num += 1
        num = self.num
        self.sem.release()#內部計數器加1
        return num

n = Num()

class jdThread(threading.Thread):
    def __init__(self,item):
        threading.Thread.__init__(self)
        self.item = item
    def run(self):
        time.sleep(0.02)
        value = n.add()
        print(self.item,value)

for item in range(100):
    t = jdThread(item)
    t.start()
    t.join()
