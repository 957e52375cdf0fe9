# A child's uncaught exception prints CPython's "Process NAME:" block and exits 1;
# sys.exit values, os._exit and crashes in children never take the parent down.
import multiprocessing as mp
import os
import sys


class Lines:
    '''Forwards stderr lines that are not indented (the traceback's frames are).'''
    def __init__(self):
        self.buf = ''

    def write(self, s):
        self.buf += s
        while '\n' in self.buf:
            line, self.buf = self.buf.split('\n', 1)
            if not line.startswith(' '):
                print('stderr:', line)
        return len(s)

    def flush(self):
        pass


def boom(kind):
    sys.stderr = Lines()
    if kind == 'value':
        raise ValueError('boom')
    if kind == 'chained':
        try:
            {}['k']
        except KeyError:
            raise RuntimeError('during')
    if kind == 'recursion':
        def f(n):
            return f(n + 1)
        f(0)
    if kind == 'exit-str':
        sys.exit('goodbye')
    if kind == 'exit-none':
        sys.exit()
    if kind == 'exit-5':
        sys.exit(5)
    if kind == 'os-exit':
        os._exit(7)
    if kind == 'keyboard':
        raise KeyboardInterrupt


if __name__ == '__main__':
    mp.set_start_method('spawn')
    for kind in ['value', 'chained', 'recursion', 'exit-str', 'exit-none', 'exit-5', 'os-exit', 'keyboard']:
        p = mp.Process(target=boom, args=(kind,))
        p.start()
        p.join()
        print(kind, p.exitcode, p.is_alive(), flush=True)
    print('parent still here')
