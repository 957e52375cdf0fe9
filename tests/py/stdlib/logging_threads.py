# logging from threads: each record names its thread (the Real Python
# threading tutorial's format), and handlers never interleave a line.
import logging
import sys
import threading
import time

logging.basicConfig(stream=sys.stdout, level=logging.INFO,
                    format='%(threadName)s: %(message)s')


def thread_function(name, ready, go):
    logging.info('Thread %s: starting', name)
    ready.set()
    go.wait()
    logging.info('Thread %s: finishing', name)


threads = []
for index in range(3):
    ready, go = threading.Event(), threading.Event()
    x = threading.Thread(target=thread_function, args=(index, ready, go), name=f'worker-{index}')
    logging.info('Main    : create and start thread %d.', index)
    x.start()
    ready.wait()
    threads.append((x, go))

for index, (thread, go) in enumerate(threads):
    logging.info('Main    : before joining thread %d.', index)
    go.set()
    thread.join()
    logging.info('Main    : thread %d done', index)

# Many threads logging at once: every line arrives whole.
lines = []
class Collect(logging.Handler):
    def emit(self, record):
        lines.append(self.format(record))
log = logging.getLogger('busy')
log.propagate = False
log.addHandler(Collect())
def spam(n):
    for i in range(200):
        log.warning('%s-%d', n, i)
ts = [threading.Thread(target=spam, args=(n,)) for n in 'abcd']
for t in ts: t.start()
for t in ts: t.join()
print(len(lines), sorted(lines) == sorted(f'{n}-{i}' for n in 'abcd' for i in range(200)))
print(logging.getLogger('busy').handlers[0].level, threading.current_thread().name)
