# What cannot be pickled fails with CPython's exception and message (object
# addresses cut off), and bad pickle data fails to load as in CPython.
import pickle
import threading


def outer():
    def inner():
        pass
    return inner


class Local:
    pass


def make_class():
    class Hidden:
        pass
    return Hidden


class BadReduce:
    def __init__(self, rv):
        self.rv = rv

    def __reduce__(self):
        return self.rv


class NotSame:
    pass


not_same = NotSame
NotSame = None  # the name no longer refers to the class

cases = [
    ('lambda', lambda x: x),
    ('nested function', outer()),
    ('local class', make_class()),
    ('local instance', make_class()()),
    ('lock', threading.Lock()),
    ('rlock', threading.RLock()),
    ('condition', threading.Condition()),
    ('generator', (x for x in [])),
    ('module', threading),
    ('reduce int', BadReduce(1)),
    ('reduce 1-tuple', BadReduce((list,))),
    ('reduce 7-tuple', BadReduce((list, (), None, None, None, None, None))),
    ('reduce not callable', BadReduce((1, ()))),
    ('reduce args not tuple', BadReduce((list, [1]))),
    ('reduce listitems', BadReduce((list, (), None, [1]))),
    ('reduce dictitems', BadReduce((dict, (), None, None, {1: 2}))),
    ('reduce setter', BadReduce((list, (), {}, None, None, 5))),
    ('not same object', not_same),
    ('unknown global', BadReduce('no_such_name')),
]
for label, obj in cases:
    # Below protocol 2 CPython's lock type fails later, in a different way
    # (it is a heap type there): only protocols 2+ are compared for it.
    for proto in (2, 4) if label == 'lock' else (0, 2, 4):
        try:
            pickle.dumps(obj, proto)
            print(label, proto, 'pickled')
        except (pickle.PicklingError, TypeError, AttributeError) as e:
            print(label, proto, type(e).__name__, str(e).split(' at 0x')[0])

for bad_proto in (6, 10):
    try:
        pickle.dumps(1, bad_proto)
    except ValueError as e:
        print('protocol', bad_proto, e)

for data in [b'', b'\xff', b'x', b'\x80\x04', b'\x80\x04\x95', b'K', b'(', b'\x80\x04K\x01',
             b'X\x05\x00\x00\x00ab', b'\x80\x09.', b'a.', b'0.', b'.', b'h\x05.', b'N(t', b'(u.',
             b'(N.', b'1.', b'(1.', b'}N.', b'}NNNs.', b'](Na.', b'\x93.', b'N\x93.',
             b'cbuiltins\nno_such\n.', b'cno_such_module\nx\n.', b'\x8c\x08builtins\x94\x8c\x03len\x94\x93.',
             b'I12x\n.', b'F1.5x\n.', b'Vab', b'\x8a\xff.', b'R.', b'NN\x81.', b'P1\n.', b'\x82\x05.',
             'str data']:
    try:
        print(repr(pickle.loads(data)))
    except Exception as e:
        print(type(e).__name__, e)

print(pickle.PickleError.__module__, pickle.PicklingError.__mro__[1].__name__,
      issubclass(pickle.UnpicklingError, pickle.PickleError), issubclass(pickle.PickleError, Exception))
