import threading
import time

def forever():
    while True:
        time.sleep(0.01)

t = threading.Thread(target=forever, daemon=True)
t.start()
print('daemon', t.daemon, t.is_alive())

def late():
    time.sleep(0.05)
    print('non-daemon finished')

threading.Thread(target=late).start()
print('main done')
