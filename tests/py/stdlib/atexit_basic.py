# atexit: callbacks run last-registered-first after the non-daemon threads end,
# also after sys.exit(); an exception in one is reported and the rest run.
import atexit, threading, time, sys
def bye(name, punct='!'):
    print('bye', name + punct)
def boom():
    1/0
def t():
    time.sleep(0.1)
    print('thread done')
threading.Thread(target=t).start()
atexit.register(bye, 'first')
atexit.register(boom)
r = atexit.register(bye, 'second', punct='?')
print(r is bye)
@atexit.register
def last():
    print('decorated')
atexit.unregister(boom)
atexit.register(boom)
print('main done')
sys.exit(3)
