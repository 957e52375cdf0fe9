# At exit the parent terminates daemon children and joins the others.
import multiprocessing as mp


def forever(ready, ev):
    ready.release()
    ev.wait()
    print('daemon never gets here')


def after(ready, ev):
    ready.release()
    ev.wait()
    print('non-daemon child finished after the parent ended', flush=True)


if __name__ == '__main__':
    mp.set_start_method('spawn')
    ready = mp.Semaphore(0)
    never = mp.Event()
    go = mp.Event()
    d = mp.Process(target=forever, args=(ready, never), daemon=True)
    n = mp.Process(target=after, args=(ready, go))
    d.start()
    n.start()
    ready.acquire()
    ready.acquire()
    print('parent ends', d.is_alive(), n.is_alive(), flush=True)
    go.set()
