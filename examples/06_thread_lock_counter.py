# A counter guarded by a Lock, threads run one at a time
# From seed 004 (Q&A "python非同步線程"), ⑹ 多線程實現同步的四種方式: 鎖機制.
# Watch: each thread sleeps 2 s, then adds 1 under the lock and prints its
# number and the new count: "0 1" ... "4 5", one line every 2 s (10 s in
# all), because the loop joins each thread before starting the next.
import threading
import time

class Num:
    def __init__(self):
        self.num = 0
        self.lock = threading.Lock()
    def add(self):
        self.lock.acquire()#加鎖,鎖住相應的資源
        self.num += 1
        num = self.num
        self.lock.release()#解鎖,離開該資源
        return num

n = Num()

class jdThread(threading.Thread):
    def __init__(self,item):
        threading.Thread.__init__(self)
        self.item = item
    def run(self):
        time.sleep(2)
        value = n.add()#將num加1,並輸出原來的數據和+1之後的數據
        print(self.item,value)

for item in range(5):
    t = jdThread(item)
    t.start()
    t.join()#使線程一個一個執行
