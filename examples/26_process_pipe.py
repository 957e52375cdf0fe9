# Sending a list through a Pipe
# From seed 000 (Baidu answer "Python多进程,多线程分别是并行还是并发"), 进程的通信: Pipe().
# Watch: the child sends [42, None, 'hello'] through its end of the pipe;
# the parent's recv() blocks until it arrives and prints it.
from multiprocessing import Process, Pipe

def f(conn):
    conn.send([42, None, 'hello'])
    conn.close()

if __name__ == '__main__':
    parent_conn, child_conn = Pipe()
    p = Process(target=f, args=(child_conn,))
    p.start()
    print(parent_conn.recv())   # prints "[42, None, 'hello']"
    p.join()
