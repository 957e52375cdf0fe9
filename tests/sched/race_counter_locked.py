import threading
counter = 0
lock = threading.Lock()
def add():
    global counter
    for _ in range(200):
        with lock:
            v = counter
            counter = v + 1
ts = [threading.Thread(target=add) for _ in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(counter)
