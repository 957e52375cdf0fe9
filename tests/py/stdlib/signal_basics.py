# signal.signal / getsignal / raise_signal / alarm and os.kill within one process:
# handlers run in the main thread, a wait goes on after one returns, one that
# raises interrupts the wait.
import os, signal, threading, time

print(signal.SIGINT, repr(signal.SIGTERM), signal.Signals(15).name, signal.NSIG)
print(repr(signal.getsignal(signal.SIGINT)), repr(signal.getsignal(signal.SIGTERM)), repr(signal.getsignal(signal.SIGPIPE)))
print(signal.strsignal(signal.SIGTERM), signal.strsignal(40), len(signal.valid_signals()))

def handler(signum, frame):
    print('handler got', signum, type(signum).__name__, type(frame).__name__, threading.current_thread().name)

print(repr(signal.signal(signal.SIGUSR1, handler)))
print(signal.getsignal(signal.SIGUSR1) is handler)
os.kill(os.getpid(), signal.SIGUSR1)
print('after kill')
signal.raise_signal(signal.SIGUSR1)
print('after raise_signal')

for bad in [(signal.SIGKILL, handler), (99, handler), (signal.SIGTERM, 5), ('x', handler)]:
    try:
        signal.signal(*bad)
    except Exception as e:
        print(type(e).__name__, e)
for args in [(999999, 0), (os.getpid(), 99)]:
    try:
        os.kill(*args)
    except Exception as e:
        print(type(e).__name__, e)

def in_thread():
    try:
        signal.signal(signal.SIGINT, signal.SIG_DFL)
    except ValueError as e:
        print('thread:', e)
t = threading.Thread(target=in_thread); t.start(); t.join()

# A handler that raises: the exception comes out of the main thread's wait.
class Timeout(Exception):
    pass
def on_alarm(signum, frame):
    raise Timeout('took too long')
signal.signal(signal.SIGALRM, on_alarm)
signal.alarm(1)
try:
    time.sleep(5)
except Timeout as e:
    print('sleep interrupted:', e)
print('alarm left', signal.alarm(0))

# A handler while the main thread waits: the wait goes on afterwards.
got = []
def on_usr2(signum, frame):
    got.append(signum)
    print('usr2 handler in', threading.current_thread().name)
signal.signal(signal.SIGUSR2, on_usr2)
def sender():
    time.sleep(0.05)
    os.kill(os.getpid(), signal.SIGUSR2)
    time.sleep(0.05)
    print('sender done')
t = threading.Thread(target=sender); t.start()
t.join()
print('joined', got)

signal.signal(signal.SIGUSR1, signal.SIG_IGN)
os.kill(os.getpid(), signal.SIGUSR1)
print('ignored', repr(signal.getsignal(signal.SIGUSR1)))
signal.signal(signal.SIGINT, handler)
signal.raise_signal(signal.SIGINT)
signal.signal(signal.SIGINT, signal.default_int_handler)
try:
    signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt:
    print('KeyboardInterrupt')
print(signal.SIG_DFL, signal.SIG_IGN, signal.Handlers(0))

# _thread.interrupt_main simulates a signal: the handler runs, or nothing
# happens if the signal has no Python handler.
import _thread
signal.signal(signal.SIGUSR1, handler)
_thread.interrupt_main(signal.SIGUSR1)
print('after interrupt_main')
signal.signal(signal.SIGUSR1, signal.SIG_DFL)
_thread.interrupt_main(signal.SIGUSR1)
print('SIG_DFL: nothing happened')
def from_thread():
    _thread.interrupt_main()
signal.signal(signal.SIGINT, handler)
t = threading.Thread(target=from_thread); t.start(); t.join()
print('done')
