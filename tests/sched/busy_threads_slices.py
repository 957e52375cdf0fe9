# Two CPU-bound threads: the switch interval (5 ms) interleaves their output
# in slices, as CPython's GIL does.
import threading
def busy(tag):
    for i in range(20):
        x = 0
        for _ in range(100000):
            x += 1
        print(tag, i)
ts = [threading.Thread(target=busy, args=(t,)) for t in 'AB']
for t in ts: t.start()
for t in ts: t.join()
