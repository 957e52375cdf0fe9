'''Functional tools for creating and using iterators (CPython's itertools,
written in Python from the equivalents in its documentation).

Each function checks its arguments eagerly, as the C versions do, and then
returns a generator that does the work.'''

__all__ = ['accumulate', 'chain', 'combinations', 'combinations_with_replacement',
           'compress', 'count', 'cycle', 'dropwhile', 'filterfalse', 'groupby',
           'islice', 'pairwise', 'permutations', 'product', 'repeat', 'starmap',
           'takewhile', 'tee', 'zip_longest']

_MAXSIZE = (1 << 63) - 1   # sys.maxsize on 64-bit CPython, islice's bound


class count:
    '''Return a count object whose .__next__() method returns consecutive values.'''
    __slots__ = ('_n', '_step')

    def __init__(self, start=0, step=1):
        if not isinstance(start, (int, float, complex)) and not hasattr(start, '__add__'):
            raise TypeError('a number is required')
        self._n = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        n = self._n
        self._n = n + self._step
        return n

    def __repr__(self):
        step = self._step
        if type(step) is int and step == 1:
            return 'count(%r)' % (self._n,)
        return 'count(%r, %r)' % (self._n, step)


class repeat:
    '''repeat(object [,times]) -> create an iterator which returns the object
    for the specified number of times.  If not specified, returns the object
    endlessly.'''
    __slots__ = ('_obj', '_left')

    def __init__(self, object, times=None):
        self._obj = object
        if times is None:
            self._left = -1
        else:
            if not isinstance(times, int):
                raise TypeError("'%s' object cannot be interpreted as an integer" % type(times).__name__)
            self._left = times if times > 0 else 0

    def __iter__(self):
        return self

    def __next__(self):
        left = self._left
        if left == 0:
            raise StopIteration
        if left > 0:
            self._left = left - 1
        return self._obj

    def __length_hint__(self):
        if self._left < 0:
            raise TypeError('len() of unsized object')
        return self._left

    def __repr__(self):
        if self._left < 0:
            return 'repeat(%r)' % (self._obj,)
        return 'repeat(%r, %d)' % (self._obj, self._left)


def _cycle(it, saved):
    for element in it:
        yield element
        saved.append(element)
    if not saved:
        return
    while True:
        for element in saved:
            yield element

def cycle(iterable, /):
    '''Return elements from the iterable until it is exhausted. Then repeat the sequence indefinitely.'''
    return _cycle(iter(iterable), [])


def _chain(iterables):
    for it in iterables:
        yield from it

def chain(*iterables):
    '''Return a chain object whose .__next__() method returns elements from the
    first iterable until it is exhausted, then elements from the next
    iterable, until all of the iterables are exhausted.'''
    return _chain(iterables)

def _from_iterable(iterable, /):
    '''Alternative chain() constructor taking a single iterable argument that evaluates lazily.'''
    return _chain(iterable)

chain.from_iterable = _from_iterable


def _check_islice_index(v, what):
    if v is None:
        return None
    try:
        v = v.__index__()
    except AttributeError:
        v = -1
    if v < 0 or v > _MAXSIZE:
        raise ValueError('%s for islice() must be None or an integer: 0 <= x <= sys.maxsize.' % what)
    return v

def _islice(it, start, stop, step):
    i = 0
    nexti = start
    if stop is None:
        for element in it:
            if i == nexti:
                yield element
                nexti += step
            i += 1
        return
    if start >= stop:
        # Consume up to stop as CPython does.
        for _ in range(stop):
            try:
                next(it)
            except StopIteration:
                return
        return
    for element in it:
        if i == nexti:
            yield element
            nexti += step
            if nexti >= stop:
                return
        i += 1
        if i >= stop:
            return

def islice(*args):
    '''islice(iterable, stop) --> islice object
    islice(iterable, start, stop[, step]) --> islice object'''
    if len(args) < 2:
        raise TypeError('islice expected at least 2 arguments, got %d' % len(args))
    if len(args) > 4:
        raise TypeError('islice expected at most 4 arguments, got %d' % len(args))
    iterable = args[0]
    args = args[1:]
    n = len(args)
    if n == 1:
        start, stop, step = None, args[0], None
        stop = _check_islice_index(stop, 'Stop argument')
    else:
        start, stop = args[0], args[1]
        step = args[2] if n == 3 else None
        stop = _check_islice_index(stop, 'Stop argument')
        start = _check_islice_index(start, 'Indices')
        if step is not None:
            try:
                step = step.__index__()
            except AttributeError:
                step = 0
            if step <= 0:
                raise ValueError('Step for islice() must be a positive integer or None.')
    it = iter(iterable)
    return _islice(it, start or 0, stop, step or 1)


def _accumulate(it, func, initial):
    total = initial
    if initial is None:
        try:
            total = next(it)
        except StopIteration:
            return
    yield total
    if func is None:
        for element in it:
            total = total + element
            yield total
    else:
        for element in it:
            total = func(total, element)
            yield total

def accumulate(iterable, func=None, *, initial=None):
    'Return series of accumulated sums (or other binary function results).'
    return _accumulate(iter(iterable), func, initial)


def _compress(data, selectors):
    for d, s in zip(data, selectors):
        if s:
            yield d

def compress(data, selectors):
    '''Return data elements corresponding to true selector elements.'''
    return _compress(iter(data), iter(selectors))


def _dropwhile(predicate, it):
    for x in it:
        if not predicate(x):
            yield x
            break
    for x in it:
        yield x

def dropwhile(predicate, iterable, /):
    '''Drop items from the iterable while predicate(item) is true.'''
    return _dropwhile(predicate, iter(iterable))


def _takewhile(predicate, it):
    for x in it:
        if predicate(x):
            yield x
        else:
            break

def takewhile(predicate, iterable, /):
    '''Return successive entries from an iterable as long as the predicate evaluates to true for each entry.'''
    return _takewhile(predicate, iter(iterable))


def _filterfalse(predicate, it):
    if predicate is None:
        for x in it:
            if not x:
                yield x
    else:
        for x in it:
            if not predicate(x):
                yield x

def filterfalse(function, iterable, /):
    '''Return those items of iterable for which function(item) is false.'''
    return _filterfalse(function, iter(iterable))


def _starmap(function, it):
    for args in it:
        yield function(*args)

def starmap(function, iterable, /):
    '''Return an iterator whose values are returned from the function evaluated with an argument tuple taken from the given sequence.'''
    return _starmap(function, iter(iterable))


def _zip_longest(iterators, fillvalue):
    num_active = len(iterators)
    if not num_active:
        return
    while True:
        values = []
        for i, it in enumerate(iterators):
            try:
                value = next(it)
            except StopIteration:
                num_active -= 1
                if not num_active:
                    return
                iterators[i] = repeat(fillvalue)
                value = fillvalue
            values.append(value)
        yield tuple(values)

def zip_longest(*args, fillvalue=None):
    '''Return a zip_longest object whose .__next__() method returns a tuple where
    the i-th element comes from the i-th iterable argument.'''
    return _zip_longest([iter(a) for a in args], fillvalue)


def _pairwise(it):
    try:
        a = next(it)
    except StopIteration:
        return
    for b in it:
        yield a, b
        a = b

def pairwise(iterable, /):
    '''Return an iterator of overlapping pairs taken from the input iterator.'''
    return _pairwise(iter(iterable))


def _groupby(iterator, keyfunc):
    exhausted = False
    curr_value = curr_key = None

    def _grouper(target_key):
        nonlocal curr_value, curr_key, exhausted
        yield curr_value
        for curr_value in iterator:
            curr_key = curr_value if keyfunc is None else keyfunc(curr_value)
            if curr_key != target_key:
                return
            yield curr_value
        exhausted = True

    try:
        curr_value = next(iterator)
    except StopIteration:
        return
    curr_key = curr_value if keyfunc is None else keyfunc(curr_value)
    while not exhausted:
        target_key = curr_key
        curr_group = _grouper(target_key)
        yield curr_key, curr_group
        if curr_key == target_key:
            # Skip what the caller left of this group (which also empties it).
            for _ in curr_group:
                pass

def groupby(iterable, key=None):
    '''make an iterator that returns consecutive keys and groups from the iterable'''
    return _groupby(iter(iterable), key)


def _product(pools):
    result = [()]
    for pool in pools:
        result = [x + (y,) for x in result for y in pool]
    for prod in result:
        yield prod

def product(*iterables, repeat=1):
    '''Cartesian product of input iterables.  Equivalent to nested for-loops.'''
    if repeat < 0:
        raise ValueError('repeat argument cannot be negative')
    pools = [tuple(pool) for pool in iterables] * repeat
    return _product(pools)


def _permutations(pool, r):
    n = len(pool)
    if r > n:
        return
    indices = list(range(n))
    cycles = list(range(n, n - r, -1))
    yield tuple([pool[i] for i in indices[:r]])
    while n:
        for i in reversed(range(r)):
            cycles[i] -= 1
            if cycles[i] == 0:
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                yield tuple([pool[i] for i in indices[:r]])
                break
        else:
            return

def permutations(iterable, r=None):
    '''Return successive r-length permutations of elements in the iterable.'''
    pool = tuple(iterable)
    if r is None:
        r = len(pool)
    elif not isinstance(r, int):
        raise TypeError('Expected int as r')
    elif r < 0:
        raise ValueError('r must be non-negative')
    return _permutations(pool, r)


def _combinations(pool, r):
    n = len(pool)
    if r > n:
        return
    indices = list(range(r))
    yield tuple([pool[i] for i in indices])
    while True:
        for i in reversed(range(r)):
            if indices[i] != i + n - r:
                break
        else:
            return
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        yield tuple([pool[i] for i in indices])

def combinations(iterable, r):
    '''Return successive r-length combinations of elements in the iterable.'''
    if not isinstance(r, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(r).__name__)
    if r < 0:
        raise ValueError('r must be non-negative')
    return _combinations(tuple(iterable), r)


def _combinations_with_replacement(pool, r):
    n = len(pool)
    if not n and r:
        return
    indices = [0] * r
    yield tuple([pool[i] for i in indices])
    while True:
        for i in reversed(range(r)):
            if indices[i] != n - 1:
                break
        else:
            return
        indices[i:] = [indices[i] + 1] * (r - i)
        yield tuple([pool[i] for i in indices])

def combinations_with_replacement(iterable, r):
    '''Return successive r-length combinations of elements in the iterable allowing individual elements to have successive repeats.'''
    if not isinstance(r, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(r).__name__)
    if r < 0:
        raise ValueError('r must be non-negative')
    return _combinations_with_replacement(tuple(iterable), r)


class _TeeLink:
    # One cell of the singly linked buffer shared by a tee's iterators.
    __slots__ = ('value', 'next')

    def __init__(self):
        self.next = None


class _tee:
    __slots__ = ('_it', '_link')

    def __init__(self, it, link):
        self._it = it
        self._link = link

    def __iter__(self):
        return self

    def __next__(self):
        link = self._link
        if link.next is None:
            value = next(self._it)
            link.value = value
            link.next = _TeeLink()
        self._link = link.next
        return link.value

    def __copy__(self):
        return _tee(self._it, self._link)


def tee(iterable, n=2, /):
    '''Returns a tuple of n independent iterators.'''
    if not isinstance(n, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(n).__name__)
    if n < 0:
        raise ValueError('n must be >= 0')
    if n == 0:
        return ()
    it = iter(iterable)
    if isinstance(it, _tee):
        first = it.__copy__()
    else:
        first = _tee(it, _TeeLink())
    result = [first]
    for _ in range(n - 1):
        result.append(first.__copy__())
    return tuple(result)
