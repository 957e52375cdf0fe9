# Signals between processes: a SIGTERM handler makes terminate() graceful,
# SIG_IGN makes it do nothing (kill() still works), pause() waits for a
# handler, a child signals its parent, and a reaped pid is gone.
import multiprocessing as mp
import os, signal, sys, time

def graceful(ready):
    stopping = []
    def on_term(signum, frame):
        print('child: SIGTERM, cleaning up', flush=True)
        sys.exit(0)
    signal.signal(signal.SIGTERM, on_term)
    ready.set()
    while True:
        time.sleep(0.01)

def stubborn(ready):
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    ready.set()
    while True:
        time.sleep(0.01)

def plain(ready):
    ready.set()
    while True:
        time.sleep(0.01)

def waits_for_usr1(ready):
    def on_usr1(signum, frame):
        print('child: got SIGUSR1', flush=True)
    signal.signal(signal.SIGUSR1, on_usr1)
    ready.set()
    signal.pause()
    print('child: pause returned', flush=True)

def kills_itself():
    print('child: about to die', flush=True)
    os.kill(os.getpid(), signal.SIGTERM)
    print('never printed')

def notify_parent():
    os.kill(os.getppid(), signal.SIGUSR1)

if __name__ == '__main__':
    for target in (graceful, plain, waits_for_usr1):
        ready = mp.Event()
        p = mp.Process(target=target, args=(ready,))
        p.start()
        ready.wait()
        time.sleep(0.05)
        if target is waits_for_usr1:
            os.kill(p.pid, signal.SIGUSR1)
        else:
            p.terminate()
        p.join()
        print(target.__name__, 'exitcode', p.exitcode)

    ready = mp.Event()
    p = mp.Process(target=stubborn, args=(ready,))
    p.start()
    ready.wait()
    p.terminate()
    p.join(0.3)
    print('stubborn alive after terminate:', p.is_alive())
    p.kill()
    p.join()
    print('stubborn exitcode', p.exitcode)

    p = mp.Process(target=kills_itself)
    p.start()
    p.join()
    print('kills_itself exitcode', p.exitcode)

    got = []
    signal.signal(signal.SIGUSR1, lambda s, f: got.append(s))
    p = mp.Process(target=notify_parent)
    p.start()
    p.join()
    time.sleep(0.05)
    print('parent got', got)
    try:
        os.kill(p.pid, signal.SIGTERM)
        print('kill of a joined child: no error')
    except ProcessLookupError as e:
        print('ProcessLookupError', e)
