# Three processes print while they work and sleep: the interleaving depends on
# the schedule, which a seed replays byte for byte.
import multiprocessing as mp
import os
import random
import time


def work(name):
    for i in range(3):
        print(name, i, os.getpid(), random.randint(1, 100), flush=True)
        time.sleep(random.random() / 10)


if __name__ == '__main__':
    ps = [mp.Process(target=work, args=(n,)) for n in 'abc']
    for p in ps:
        p.start()
    work('main')
    for p in ps:
        p.join()
    print('done', time.time() > 0)
