import threading

fired = []
t = threading.Timer(0.02, fired.append, args=('timer',))
t.start()
t.join()
print(fired)
t2 = threading.Timer(10, fired.append, args=('never',))
t2.start()
t2.cancel()
t2.join()
print(fired)

data = threading.local()
data.x = 'main'
out = []
def worker(i):
    data.x = i
    out.append((i, data.x))
ts = [threading.Thread(target=worker, args=(i,)) for i in range(3)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(out), data.x)
