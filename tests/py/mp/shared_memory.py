# multiprocessing.shared_memory: a named block two processes write and read,
# and a ShareableList changed by a child.
from multiprocessing import Process, shared_memory


def child(name):
    shm = shared_memory.SharedMemory(name=name)
    print('child sees', bytes(shm.buf[:5]))
    shm.buf[5:10] = b'WORLD'
    shm.close()


def child_list(sl):
    sl[0] = sl[0] * 10
    sl[2] = sl[2].upper()
    print('child list', list(sl))


if __name__ == '__main__':
    shm = shared_memory.SharedMemory(create=True, size=16)
    print(repr(shm).startswith("SharedMemory('psm_"), shm.size, len(shm.buf), shm.buf.format)
    shm.buf[:5] = b'hello'
    p = Process(target=child, args=(shm.name,))
    p.start()
    p.join()
    print('parent sees', bytes(shm.buf[:10]), shm.buf[5], shm.buf[5:7].tobytes(), shm.buf.tolist()[:3])
    try:
        shm.buf[:3] = b'ab'
    except ValueError as e:
        print('ValueError', e)
    for kwargs in [dict(name=shm.name, create=True, size=4), dict(name='no_such_block')]:
        try:
            shared_memory.SharedMemory(**kwargs)
        except OSError as e:
            print(type(e).__name__, e.errno, e.strerror, e.filename == '/' + kwargs['name'])
    for kwargs in [dict(create=True, size=0), dict(create=True, size=-1), dict()]:
        try:
            shared_memory.SharedMemory(**kwargs)
        except ValueError as e:
            print('ValueError', e)
    again = shared_memory.SharedMemory(shm.name)
    print('attached again:', bytes(again.buf[:10]), again.size)
    again.close()
    shm.close()
    print(shm.buf)
    shm.unlink()
    try:
        shared_memory.SharedMemory(shm.name)
    except FileNotFoundError:
        print('unlinked: the name is gone')

    sl = shared_memory.ShareableList([7, 2.5, 'hi', b'by', None, True])
    print(len(sl), sl[2], sl[-1], sl.count(7), sl.index('hi'), list(sl))
    p = Process(target=child_list, args=(sl,))
    p.start()
    p.join()
    print('parent list', list(sl))
    sl[2] = 'longer!'
    print(sl[2])
    try:
        sl[2] = 'x' * 20
    except ValueError as e:
        print('ValueError', e)
    sl[0] = 'str8byte'
    print(sl[0])
    other = shared_memory.ShareableList(name=sl.shm.name)
    print('by name', list(other))
    try:
        sl[10]
    except IndexError as e:
        print('IndexError', e)
    other.shm.close()
    sl.shm.close()
    sl.shm.unlink()
