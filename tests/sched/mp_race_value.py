# Two processes add to a shared Value without its lock: `v.value += 1` reads,
# then writes, so a switch between the two loses an update (with some seeds).
import multiprocessing as mp


def add(v, n, locked):
    for _ in range(n):
        if locked:
            with v.get_lock():
                v.value += 1
        else:
            v.value += 1


if __name__ == '__main__':
    import sys
    locked = len(sys.argv) > 1
    v = mp.Value('i', 0)
    ps = [mp.Process(target=add, args=(v, 500, locked)) for _ in range(2)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    print(v.value)
