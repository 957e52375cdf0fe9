# multiprocessing.reduction — ForkingPickler: how multiprocessing pickles what
# it sends (Process arguments, queues, pipes, pools, managers). It is
# pickle's own format; what differs is which objects agree to be pickled:
# shared ctypes objects (RawValue, RawArray) refuse plain pickle.dumps
# (CPython's ctypes cannot pickle them at all) and, under ForkingPickler,
# agree only while start() pickles a Process (inheritance), as in CPython.
import pickle
import _thread

__all__ = ['ForkingPickler', 'dump', 'register']

_pickling_threads = {}   # thread ident -> ForkingPickler.dumps calls in progress


def forking():
    '''True while this thread pickles through ForkingPickler.'''
    return _pickling_threads.get(_thread.get_ident(), 0) > 0


class ForkingPickler(pickle.Pickler):
    '''Pickler subclass used by multiprocessing.'''

    @classmethod
    def register(cls, type, reduce):
        import copyreg
        copyreg.pickle(type, reduce)

    @classmethod
    def dumps(cls, obj, protocol=None):
        me = _thread.get_ident()
        _pickling_threads[me] = _pickling_threads.get(me, 0) + 1
        try:
            return pickle.dumps(obj, protocol)
        finally:
            n = _pickling_threads[me] - 1
            if n:
                _pickling_threads[me] = n
            else:
                del _pickling_threads[me]

    loads = staticmethod(pickle.loads)


register = ForkingPickler.register


def dump(obj, file, protocol=None):
    '''Replacement for pickle.dump() using ForkingPickler.'''
    file.write(ForkingPickler.dumps(obj, protocol))
