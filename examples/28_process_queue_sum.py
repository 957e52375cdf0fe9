# Two processes return results through a Queue
# From seed 003 (Morvan's multiprocessing tutorial, repost), #3-queue.
# Watch: each child computes the sum of i+i**2+i**3 for i < 1000 and puts it
# on the queue; the parent gets both results and prints their total,
# 499667166000.
# Ported: the web page's curly quotes around '__main__' are plain quotes again.
# View more python learning tutorial on my Youtube and Youku channel!!!

# Youtube video tutorial: https://www.youtube.com/channel/UCdyjiB5H8Pu7aDTNVXTTpcg
# Youku video tutorial: http://i.youku.com/pythontutorial

import multiprocessing as mp

def job(q):
    res = 0
    for i in range(1000):
        res += i+i**2+i**3
    q.put(res) # queue

if __name__ == '__main__':
    q = mp.Queue()
    p1 = mp.Process(target=job, args=(q,))
    p2 = mp.Process(target=job, args=(q,))
    p1.start()
    p2.start()
    p1.join()
    p2.join()
    res1 = q.get()
    res2 = q.get()
    print(res1+res2)
