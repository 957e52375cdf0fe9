# Five worker processes kept in a list
# From seed 003 (Morvan's multiprocessing tutorial, repost), the related-article
# excerpt "Python多进程multiprocessing使用示例" (the PyMOTW example).
# Watch: "Worker: 0" ... "Worker: 4", one per process, order may vary.
# Reconstructed: the seed's excerpt stops at `for i`; the rest of the loop
# (`in range(5):`, create, append and start a Process) is the PyMOTW
# program the excerpt quotes.
# Ported: print().
import multiprocessing

def worker(num):
    """thread worker function"""
    print('Worker:', num)
    return

if __name__ == '__main__':
    jobs = []
    for i in range(5):
        p = multiprocessing.Process(target=worker, args=(i,))
        jobs.append(p)
        p.start()
