# Pool.map and Pool.apply_async
# From seed 003 (Morvan's multiprocessing tutorial, repost), #5-pool.
# Watch: map() returns the squares of 0..9 in order; apply_async() returns
# an AsyncResult whose get() waits for the value: 4, then the squares again,
# collected from ten apply_async calls.
# Ported: the web page's curly quotes around '__main__' are plain quotes again.
# View more python learning tutorial on my Youtube and Youku channel!!!

# Youtube video tutorial: https://www.youtube.com/channel/UCdyjiB5H8Pu7aDTNVXTTpcg
# Youku video tutorial: http://i.youku.com/pythontutorial

import multiprocessing as mp

def job(x):
    return x*x

def multicore():
    pool = mp.Pool(processes=2)
    res = pool.map(job, range(10))
    print(res)
    res = pool.apply_async(job, (2,))
    print(res.get())
    multi_res =[pool.apply_async(job, (i,)) for i in range(10)]
    print([res.get() for res in multi_res])

if __name__ == '__main__':
    multicore()
