# Stop while the main process joins a child that sleeps.
import multiprocessing as mp
import time


def sleeper():
    time.sleep(30)


if __name__ == '__main__':
    p = mp.Process(target=sleeper, daemon=True)
    p.start()
    print('joining', flush=True)
    p.join()
