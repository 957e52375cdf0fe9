# Low-level threads with _thread.start_new_thread
# From seed 000 (Baidu answer "Python多进程,多线程分别是并行还是并发"), 通过 thread.start_new_thread 方法.
# Watch: Thread-1 prints the time every 0.5 s and Thread-2 every 1 s, five
# times each, while the main thread busy-waits to keep the process alive
# (when the main thread ends, _thread threads die with it).
# Ported: Python 2's `thread` module is `_thread` in Python 3; print().
# Shortened: the delays were 2 and 4 seconds (20 s in all); now 0.5 and 1.
# Changed: the original ends with `while 1: pass`, which spins forever (you
# stop it with Ctrl-C); here the main thread spins only until both threads
# are done, counted in `finished` (the two `finished` lines are added).
import _thread
import time

finished = 0

# Define a function for the thread
def print_time( threadName, delay):
    global finished
    count = 0
    while count < 5:
        time.sleep(delay)
        count += 1
        print("%s: %s" % ( threadName, time.ctime(time.time()) ))
    finished += 1

# Create two threads as follows
try:
    _thread.start_new_thread( print_time, ("Thread-1", 0.5, ) )
    _thread.start_new_thread( print_time, ("Thread-2", 1, ) )
except:
    print("Error: unable to start thread")

while finished < 2:
    pass
