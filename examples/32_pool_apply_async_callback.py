# Pool.apply_async with a callback
# From seed 004 (Q&A "python非同步線程"), ⑽ python 多線程 怎麼改成非同步.
# Watch: a one-process pool computes f(10) in the background; when it is
# done, the callback runs in the parent and prints 100.
# Added: the seed passes `callback` but never defines it (a NameError) and
# ends without waiting for the pool; the callback function and the
# pool.close()/pool.join() lines are added.
# Fixed: the seed passes callback as the third positional argument, which
# is apply_async's kwds (in Python 2 as well), so f(10, **callback) failed
# silently in the worker and nothing was printed; it is now callback=callback.
from multiprocessing import Pool

def f(x):
    return x*x

def callback(result):       # added
    print(result)           # added

if __name__ == '__main__':
    pool = Pool(processes=1)
    # Start a worker processes.
    result = pool.apply_async(f, [10], callback=callback)
    # Evaluate "f(10)" asynchronously calling callback when finished.
    pool.close()            # added
    pool.join()             # added
