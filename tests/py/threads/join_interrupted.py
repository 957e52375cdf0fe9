# A join() interrupted by an exception (here from signal handlers: Ctrl-C's
# KeyboardInterrupt, then a handler's sys.exit) marks the thread stopped, as
# CPython 3.11 does (bpo-45274): is_alive() is False and the exit does not
# wait for it, so neither thread's last line is printed.
import os
import signal
import sys
import threading
import time


def sends(sig):
    time.sleep(0.05)
    os.kill(os.getpid(), sig)
    time.sleep(2)
    print('thread end', flush=True)


th = threading.Thread(target=sends, args=(signal.SIGINT,))
th.start()
try:
    th.join()
except KeyboardInterrupt:
    print('interrupted; alive:', th.is_alive(), flush=True)


def handler(signum, frame):
    print('handler exits', flush=True)
    sys.exit(5)


signal.signal(signal.SIGUSR1, handler)
th = threading.Thread(target=sends, args=(signal.SIGUSR1,))
th.start()
try:
    th.join()
finally:
    print('finally in main; alive:', th.is_alive(), flush=True)
