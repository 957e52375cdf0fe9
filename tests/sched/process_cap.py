# A process bomb meets the cap on live processes: the next start() raises
# BlockingIOError [Errno 11] (what fork() gets from an OS at its limit), the
# program carries on, and a finished child frees its slot.
import multiprocessing as mp


def wait_for(ev):
    ev.wait()


if __name__ == '__main__':
    ev = mp.Event()
    ps = []
    try:
        while len(ps) < 1000:
            p = mp.Process(target=wait_for, args=(ev,))
            p.start()
            ps.append(p)
    except OSError as e:
        print('started', len(ps), '- then', type(e).__name__, e.errno, e.strerror)
    ev.set()
    for p in ps:
        p.join()
    print('exit codes', set(p.exitcode for p in ps))
    p = mp.Process(target=wait_for, args=(ev,))
    p.start()
    p.join()
    print('after the bomb', p.exitcode)
