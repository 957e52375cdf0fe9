import threading, time
t = threading.Thread(target=time.sleep, args=(30,), daemon=True)
t.start()
print('joining', flush=True)
t.join()
