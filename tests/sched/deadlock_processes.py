# A child waits on a Queue nobody feeds while the parent joins it.
import multiprocessing as mp


def consumer(q):
    print('child waits', flush=True)
    q.get()


if __name__ == '__main__':
    q = mp.Queue()
    p = mp.Process(target=consumer, args=(q,))
    p.start()
    p.join()
