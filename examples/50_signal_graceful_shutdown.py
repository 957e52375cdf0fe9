# Graceful shutdown: Stop (SIGINT) and terminate() (SIGTERM) run signal handlers
# Beyond the seeds: seed 004 kills worker processes that run too long; this is
# the polite way to stop them.
# Watch: press Stop while the workers run (or wait 3 s for the alarm). Stop
# reaches every process; the workers ignore it, and the parent's handler
# terminates them. Each worker's SIGTERM handler reports how many jobs it did
# and exits 0, so the exit codes are 0, not -15.
import multiprocessing as mp
import signal
import threading
import time


def worker(n, ready):
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Stop is the parent's to handle
    done = 0

    def on_term(signum, frame):
        print(f'worker {n}: {signal.Signals(signum).name} after {done} jobs, cleaning up', flush=True)
        raise SystemExit(0)

    signal.signal(signal.SIGTERM, on_term)
    ready.set()
    while True:
        time.sleep(0.1)  # one job
        done += 1


if __name__ == '__main__':
    stop = threading.Event()

    def on_signal(signum, frame):
        print(f'parent: {signal.Signals(signum).name}, stopping the workers', flush=True)
        stop.set()

    signal.signal(signal.SIGINT, on_signal)
    signal.signal(signal.SIGALRM, on_signal)
    readies = [mp.Event() for _ in range(3)]
    workers = [mp.Process(target=worker, args=(n, r)) for n, r in enumerate(readies)]
    for w in workers:
        w.start()
    for r in readies:
        r.wait()
    print('running: press Stop, or wait 3 s', flush=True)
    signal.alarm(3)
    stop.wait()
    for w in workers:
        w.terminate()
    for w in workers:
        w.join()
    print('exit codes', [w.exitcode for w in workers])
