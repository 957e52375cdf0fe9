import threading

results = []

def worker(n, scale=1):
    results.append(n * n * scale)

threads = [threading.Thread(target=worker, args=(i,), kwargs={'scale': 2}) for i in range(5)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results))
print([t.is_alive() for t in threads])
print(threading.active_count())
print(threading.current_thread().name, threading.current_thread() is threading.main_thread())
