# Producer and consumer taking turns with yield
# From seed 002 (blog post on processes, threads and coroutines), 三、协程 1) test_1.py (基于yield).
# Watch: "consumer" and "producer" alternate: each g.send(i) switches into
# the generator, which prints and stops at the next yield. The last line is
# the elapsed time in seconds.
# Shortened: the loop ran range(1000000) (two million lines of output);
# now range(10).
# Fixed: producer() ended with `return res`, a global that is assigned only
# after producer() returns, so the original stopped with
# "NameError: name 'res' is not defined"; that line is commented out.
#单纯地切换反而会降低运行效率
#串行执行
#基于yield并发执行:
import time
def consumer():
    '''任务1:接收数据,处理数据'''
    while True:
        print('consumer')
        x=yield

def producer():
    '''任务2:生产数据'''
    g=consumer()
    next(g)
    for i in range(10):
        print('producer')
        g.send(i)
    # return res

start=time.time()
#基于yield保存状态,实现俩个任务直接来回切换,即并发的效果
#ps:如果每个任务中都加上打印,那么明显地看到俩个任务的打印是,你一次我一次的,即并发执行的
res=producer()
stop=time.time()
print(stop-start)
