# Logging from several processes through one queue: workers send records with
# QueueHandler, the main process writes them with a QueueListener. Each record
# keeps the name of the process that logged it.
import logging
import logging.handlers
import multiprocessing as mp
import sys


def worker(queue, n):
    log = logging.getLogger('worker')
    log.setLevel(logging.INFO)
    log.addHandler(logging.handlers.QueueHandler(queue))
    log.info('job %d starting', n)
    try:
        {}['missing']
    except KeyError:
        log.exception('job %d failed', n)
    log.debug('not sent: below INFO')


if __name__ == '__main__':
    queue = mp.Queue()
    lines = []

    class Keep(logging.Handler):
        def emit(self, record):
            lines.append(self.format(record))

    keep = Keep()
    keep.setFormatter(logging.Formatter('%(processName)s %(levelname)s %(message)s'))
    listener = logging.handlers.QueueListener(queue, keep)
    listener.start()
    ps = [mp.Process(target=worker, args=(queue, n), name=f'Worker-{n}') for n in range(3)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    listener.stop()
    # The workers' order is up to the OS: sort. A traceback travels as text.
    for line in sorted(lines):
        print(line.splitlines()[0], '|', line.splitlines()[-1])
    print([p.exitcode for p in ps])

    # A logger pickles by name; the file handler flushes at exit (atexit).
    import pickle
    print(pickle.loads(pickle.dumps(logging.getLogger('a.b'))) is logging.getLogger('a.b'))
    fh = logging.FileHandler('run.log', mode='w')
    fh.setFormatter(logging.Formatter('%(name)s:%(message)s'))
    logging.getLogger('file').addHandler(fh)
    logging.getLogger('file').warning('to the file')
    print(repr(fh).split()[0], open('run.log').read().strip())
