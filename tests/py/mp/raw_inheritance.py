# RawValue/RawArray pickle only for a child that start() creates: plain pickle
# refuses them, Pool.apply and Queue.put give CPython's inheritance error.
import multiprocessing as mp, pickle
def f(a):
    return a[0]
if __name__ == '__main__':
    a = mp.RawArray('i', [1, 2])
    v = mp.RawValue('d', 1.5)
    for obj in (a, v):
        try:
            pickle.dumps(obj)
            print('pickled')
        except Exception as e:
            print(type(e).__name__, e)
    with mp.Pool(1) as p:
        try:
            print(p.apply(f, (a,)))
        except Exception as e:
            print(type(e).__name__, e)
    q = mp.Queue()
    q.put(v)
    import time; time.sleep(0.2)
    print('put done')
    p = mp.Process(target=f, args=(a,)); p.start(); p.join(); print(p.exitcode)
