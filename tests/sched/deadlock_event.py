import threading
ev = threading.Event()
t = threading.Thread(target=ev.wait, name='waiter')
t.start()
t.join()
