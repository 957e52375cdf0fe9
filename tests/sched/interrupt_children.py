# Stop (Ctrl-C) reaches every process, as SIGINT reaches a terminal's whole
# process group: both busy children end with KeyboardInterrupt (exit code 1)
# and the parent, interrupted in join(), carries on.
import multiprocessing as mp
import time


def spin(n):
    print('child', n, 'running', flush=True)
    while True:
        pass


if __name__ == '__main__':
    ps = [mp.Process(target=spin, args=(i,)) for i in range(2)]
    for p in ps:
        p.start()
    time.sleep(0.2)
    try:
        for p in ps:
            p.join()
    except KeyboardInterrupt:
        print('parent interrupted', flush=True)
        for p in ps:
            p.join()
        print('exitcodes', [p.exitcode for p in ps])
