# Stop runs the SIGINT handler, which tells the worker threads to finish.
import signal, time, threading
stop = threading.Event()
def on_int(signum, frame):
    print('caught SIGINT, stopping workers', flush=True)
    stop.set()
signal.signal(signal.SIGINT, on_int)
def worker(n):
    while not stop.is_set():
        time.sleep(0.01)
    print('worker', n, 'done', flush=True)
ts = [threading.Thread(target=worker, args=(i,)) for i in range(2)]
for t in ts: t.start()
print('running', flush=True)
for t in ts: t.join()
print('clean exit')
