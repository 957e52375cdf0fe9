# One process, started under if __name__ == '__main__'
# From seed 003 (Morvan's multiprocessing tutorial, repost), 2- 添加进程 Process, 完整的应用代码.
# Watch: the child prints aaaaa. The guard matters: with the spawn start
# method the child re-imports this file, and the guard stops it from
# starting processes of its own.
import multiprocessing as mp

def job(a,d):
    print('aaaaa')

if __name__=='__main__':
    p1 = mp.Process(target=job,args=(1,2))
    p1.start()
    p1.join()
