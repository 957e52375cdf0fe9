import threading

r = threading.RLock()
def nested(k):
    with r:
        if k:
            return nested(k - 1) + 1
        return 0

print(nested(5))
r.acquire(); r.acquire()
r.release(); r.release()
try:
    r.release()
except RuntimeError as e:
    print('RuntimeError:', e)

out = []
def worker(i):
    with r:
        with r:
            out.append(i)
ts = [threading.Thread(target=worker, args=(i,)) for i in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(out))
