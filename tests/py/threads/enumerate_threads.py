import threading

ev = threading.Event()
def w():
    ev.wait()
ts = [threading.Thread(target=w, name=f'w{i}') for i in range(3)]
for t in ts: t.start()
print(sorted(t.name for t in threading.enumerate()))
print(threading.active_count())
ev.set()
for t in ts: t.join()
print([t.name for t in threading.enumerate()])
