# Sharing a dict between processes with a Manager
# From seed 001 (notes "Python 进程": processes, shared data, pools, coroutines), 进程数据共享 方法二: manage.dict().
# Watch: each child adds an entry to the manager's dict; because each is
# joined before the next starts, the output is [100] then [100, 101].
# Ported: print(); the Manager, the dict and the loop ran at module level
# and are now under `if __name__ == '__main__':`, which the spawn start
# method needs (a module-level Manager() would start a manager process in
# every child); so dic is passed to Foo as an argument.
from multiprocessing import Process,Manager

def Foo(i, dic):
    dic[i] = 100+i
    print(dic.values())

if __name__ == '__main__':
    manage = Manager()
    dic = manage.dict()

    for i in range(2):
        p = Process(target=Foo,args=(i,dic))
        p.start()
        p.join()
