# A Thread and a Process side by side: same API
# From seed 003 (Morvan's multiprocessing tutorial, repost), 2- 完整的线程和进程创建使用对比代码.
# Watch: aaaaa twice, once from the thread and once from the child process;
# threading.Thread and multiprocessing.Process are created, started and
# joined the same way.
# Ported: the web page's curly quotes ‘aaaaa‘ are plain quotes again. The
# original creates and starts both at module level; under the spawn start
# method the child re-imports this file, so that code is now under
# `if __name__ == '__main__':` (the tutorial's next section says so too).
import multiprocessing as mp
import threading as td

def job(a,d):
    print('aaaaa')

if __name__ == '__main__':
    t1 = td.Thread(target=job,args=(1,2))
    p1 = mp.Process(target=job,args=(1,2))
    t1.start()
    p1.start()
    t1.join()
    p1.join()
