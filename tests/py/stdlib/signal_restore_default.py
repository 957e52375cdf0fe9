# A handler that restores the default inside itself (the "press Ctrl-C again
# to force quit" pattern) while the main thread waits.
import os, signal, threading, time
def on_usr1(signum, frame):
    print('first SIGUSR1: handled; the next one is fatal', flush=True)
    signal.signal(signal.SIGUSR1, signal.SIG_DFL)
signal.signal(signal.SIGUSR1, on_usr1)
def sender():
    time.sleep(0.05)
    os.kill(os.getpid(), signal.SIGUSR1)
    time.sleep(0.05)
    print('default now:', signal.getsignal(signal.SIGUSR1), flush=True)
    os.kill(os.getpid(), signal.SIGUSR1)
    time.sleep(1)
    print('never')
t = threading.Thread(target=sender)
t.start()
t.join()
print('never either')
