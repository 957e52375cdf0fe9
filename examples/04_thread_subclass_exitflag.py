# Subclassing threading.Thread (the main thread exits first)
# From seed 000 (Baidu answer "Python多进程,多线程分别是并行还是并发"), 通过继承thread.
# Watch: "Exiting Main Thread" prints before the threads' work, yet the
# program waits for both threads; Thread-1 prints every second, Thread-2
# every 2 seconds, 5 times each (about 10 s).
# Note: `threadName.exit()` never runs (exitFlag stays 0); it is kept as in
# the original, where it would fail because threadName is a str.
import threading
import time

exitFlag = 0

class myThread (threading.Thread):
    def __init__(self, threadID, name, counter):
        threading.Thread.__init__(self)
        self.threadID = threadID
        self.name = name
        self.counter = counter
    def run(self):
        print("Starting " + self.name)
        print_time(self.name, self.counter, 5)
        print("Exiting " + self.name)

def print_time(threadName, delay, counter):
    while counter:
        if exitFlag:
            threadName.exit()
        time.sleep(delay)
        print("%s: %s" % (threadName, time.ctime(time.time())))
        counter -= 1

# Create new threads
thread1 = myThread(1, "Thread-1", 1)
thread2 = myThread(2, "Thread-2", 2)

# Start new Threads
thread1.start()
thread2.start()

print("Exiting Main Thread")
