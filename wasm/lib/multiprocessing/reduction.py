# multiprocessing.reduction — ForkingPickler: how multiprocessing pickles what
# it sends (Process arguments, queues, pipes, pools, managers). It is
# pickle's own format; what differs is which objects agree to be pickled:
# shared ctypes objects (RawValue, RawArray) refuse plain pickle.dumps
# (CPython's ctypes cannot pickle them at all) and, under ForkingPickler,
# agree only while start() pickles a Process (inheritance), as in CPython.
import pickle
from pickle import dumps as _dumps
import _interleave_mp as _mp

__all__ = ['ForkingPickler', 'dump', 'register']

forking = _mp.forking   # True while this interpreter pickles through ForkingPickler


class ForkingPickler(pickle.Pickler):
    '''Pickler subclass used by multiprocessing.'''

    @classmethod
    def register(cls, type, reduce):
        import copyreg
        copyreg.pickle(type, reduce)

    @classmethod
    def dumps(cls, obj, protocol=None):
        return _mp.forking_dumps(_dumps, obj, protocol)

    loads = staticmethod(pickle.loads)


register = ForkingPickler.register


def dump(obj, file, protocol=None):
    '''Replacement for pickle.dump() using ForkingPickler.'''
    file.write(ForkingPickler.dumps(obj, protocol))
