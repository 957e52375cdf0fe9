import threading
import time

a = threading.Lock()
b = threading.Lock()

def one():
    with a:
        time.sleep(0.01)
        with b:
            pass

def two():
    with b:
        time.sleep(0.01)
        with a:
            pass

t1 = threading.Thread(target=one, name='one')
t2 = threading.Thread(target=two, name='two')
t1.start(); t2.start()
t1.join(); t2.join()
print('not reached')
