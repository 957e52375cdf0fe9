# Stop runs the program's SIGINT handler instead of raising KeyboardInterrupt:
# a graceful shutdown. The workers ignore SIGINT (Stop reaches every process)
# and finish in their SIGTERM handler when the parent terminates them.
import multiprocessing as mp
import signal
import threading
import time


def worker(n, ready):
    signal.signal(signal.SIGINT, signal.SIG_IGN)

    def on_term(signum, frame):
        print(f'worker {n}: SIGTERM, finishing', flush=True)
        raise SystemExit(0)

    signal.signal(signal.SIGTERM, on_term)
    ready.set()
    while True:
        time.sleep(0.01)


if __name__ == '__main__':
    stop = threading.Event()
    signal.signal(signal.SIGINT, lambda signum, frame: stop.set())
    readies = [mp.Event() for _ in range(2)]
    ps = [mp.Process(target=worker, args=(i, r)) for i, r in enumerate(readies)]
    for p in ps:
        p.start()
    for r in readies:
        r.wait()
    print('running', flush=True)
    stop.wait()
    print('Stop: terminating workers', flush=True)
    for p in ps:
        p.terminate()
    for p in ps:
        p.join()
    print('exitcodes', [p.exitcode for p in ps])
