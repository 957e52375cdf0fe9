import threading
import time

ev = threading.Event()
def slow():
    ev.wait()

t = threading.Thread(target=slow)
t.start()
t.join(0.02)
print('alive after timeout', t.is_alive())
ev.set()
t.join()
print('alive after set', t.is_alive())
