# Value/Array for every type code (no ctypes: Interleave has none), locks, slicing, Raw variants: memory really shared.
import multiprocessing as mp

CODES = 'bBuhHiIlLqQfdc'
SAMPLE = {'b': -5, 'B': 250, 'u': 'z', 'h': -30000, 'H': 60000, 'i': -2**31, 'I': 2**32 - 1,
          'l': -2**63, 'L': 2**64 - 1, 'q': -2**63, 'Q': 2**64 - 1, 'f': 1.5, 'd': 0.1, 'c': b'x'}
ARR = {'b': [1, -2, 3], 'B': [0, 128, 255], 'u': 'abc', 'h': [-1, 2, 3], 'H': [1, 2, 65535],
       'i': [7, 8, 9], 'I': [1, 2, 3], 'l': [4, 5, 6], 'L': [1, 2, 3], 'q': [-1, 0, 1],
       'Q': [9, 8, 7], 'f': [0.5, 0.25, 2.0], 'd': [0.1, 0.2, 0.3], 'c': b'xyz'}


def bump(vals, arrs):
    for code, v in vals.items():
        if code in 'ud':
            continue
        if code == 'c':
            v.value = b'y'
        elif code in 'fd':
            v.value *= 2
        else:
            v.value = 3
    for code, a in arrs.items():
        if code not in 'uc':
            a[0] = a[2]


def race(arr, n):
    for _ in range(n):
        with arr.get_lock():
            arr[0] += 1


def raw_fill(rv, ra):
    rv.value = 123
    for i in range(len(ra)):
        ra[i] = i * i


if __name__ == '__main__':
    mp.set_start_method('spawn')
    vals = {c: mp.Value(c, SAMPLE[c]) for c in CODES}
    arrs = {c: mp.Array(c, ARR[c]) for c in CODES}
    for c in CODES:
        print(c, repr(vals[c].value), arrs[c][:], len(arrs[c]), arrs[c][1], arrs[c][-1])
    p = mp.Process(target=bump, args=(vals, arrs))
    p.start()
    p.join()
    print('after child', [vals[c].value for c in CODES])
    print('arrays', [arrs[c][0] for c in CODES])
    print(mp.Value('i').value, mp.Value('d').value, mp.Array('i', 4)[:], mp.Array('c', 3).raw)
    a = mp.Array('i', range(10))
    print(a[2:5], a[::3], a[-3:])
    a[2:5] = [20, 30, 40]
    print(a[:])
    try:
        a[2:5] = [1]
    except ValueError as e:
        print('ValueError', e)
    try:
        a[10]
    except IndexError as e:
        print('IndexError', e)
    try:
        mp.Value('b', 200)
    except Exception as e:
        print(type(e).__name__)
    try:
        mp.Value('i', 'x')
    except TypeError as e:
        print('TypeError', e)
    try:
        mp.Array('z', 3)
    except Exception as e:
        print(type(e).__name__)
    s = mp.Array('c', b'hello')
    print(s.value, s.raw)
    s.value = b'hi'
    print(s.value, s.raw[:3])
    v = mp.Value('i', 5)
    with v.get_lock():
        v.value += 1
    print(v.value, v.get_obj().value)
    print(v.get_lock().acquire(), end=' ')
    v.get_lock().release()
    nl = mp.Value('i', 1, lock=False)
    print('lock=False', hasattr(nl, 'get_lock'), nl.value)
    mylock = mp.RLock()
    wl = mp.Value('i', 0, lock=mylock)
    print('own lock', wl.get_lock() is mylock)
    arr = mp.Array('i', [0])
    ps = [mp.Process(target=race, args=(arr, 250)) for _ in range(4)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    print('with lock', arr[0])
    rv = mp.RawValue('i', 0)
    ra = mp.RawArray('d', 4)
    print(hasattr(rv, 'get_lock'), ra[:])
    p = mp.Process(target=raw_fill, args=(rv, ra))
    p.start()
    p.join()
    print('raw', rv.value, ra[:], len(ra))
