# Buying train tickets: a Lock around read-modify-write of a file
# From seed 002 (blog post on processes, threads and coroutines), 二、进程 7) test_7.py (进程的互斥锁).
# Watch: ten processes each check the remaining tickets (查看余票, unlocked,
# after a random 1-2 s pause), then buy (购票) under the lock: with one
# ticket in db.txt exactly one PID prints 购票成功!, never two.
# Added: the tutorial expects a db.txt you write by hand; the first line
# under the __main__ guard creates it with {"count": 1} in the current
# directory (overwriting any db.txt there).
# Note: get() writes the file with json.dump(dic, open(...)) and never
# closes it, as in the original; that relies on CPython closing (and so
# flushing) the file as soon as it is no longer referenced.
# Added: the last lines wait for the children. Under the spawn (or
# forkserver) start method, a parent that exits right away removes the
# lock's named semaphore before a slow child has opened it, and that child
# dies with FileNotFoundError; with fork (Linux's default) it makes no
# difference.
from multiprocessing import Process,Lock
from multiprocessing import active_children  # added
import time,os,json,random
def search():
    time.sleep(random.randint(1,2))
    dic=json.load(open('db.txt','r',encoding='utf-8'))
    print('%s 查看余票为%s' %(os.getpid(),dic['count']))
def get():
    dic=json.load(open('db.txt','r',encoding='utf-8'))
    if dic['count'] >0:
        dic['count']-=1
        time.sleep(random.randint(0,1))
        json.dump(dic,open('db.txt','w',encoding='utf-8'))
        print('%s 购票成功!' %os.getpid())
def task(mutex):
    search()
    mutex.acquire()
    get()
    mutex.release()
if __name__=='__main__':
    with open('db.txt','w',encoding='utf-8') as fp: json.dump({'count':1},fp)  # added: the ticket database
    mutex=Lock()  #添加一个互斥锁,生成一个实例
    for i in range(10):
        p=Process(target=task,args=(mutex,))
        p.start()
    for p in active_children():  # added
        p.join()                 # added
