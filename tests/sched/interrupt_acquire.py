import threading, time
lock = threading.Lock()
def holder():
    with lock:
        time.sleep(30)
threading.Thread(target=holder, daemon=True).start()
time.sleep(0.01)
print('acquiring', flush=True)
try:
    lock.acquire()
except KeyboardInterrupt:
    print('interrupted in acquire', flush=True)
    raise
