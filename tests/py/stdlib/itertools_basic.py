# itertools
from itertools import (count, cycle, repeat, chain, islice, product, permutations, combinations,
    combinations_with_replacement, accumulate, groupby, zip_longest, starmap, takewhile,
    dropwhile, filterfalse, compress, tee, pairwise)
import operator

print(list(islice(count(5), 3)), list(islice(count(1, 0.5), 3)), repr(count(3)), repr(count(1, 2)))
print(list(islice(cycle('ab'), 5)), list(repeat('x', 3)), repr(repeat(1, 2)), list(cycle([])))
print(list(chain('ab', [1])), list(chain.from_iterable(['xy', 'z'])))
print(list(islice(range(10), 2, 8, 3)), list(islice('abcdef', 3)), list(islice('abc', None)), list(islice('abcdef', 1, None)))
print(list(product('ab', repeat=2)), list(product([1, 2], 'x')), list(product()))
print(list(permutations('abc', 2)), len(list(permutations(range(5)))), list(permutations([], 0)))
print(list(combinations('abcd', 2)), list(combinations('ab', 3)), list(combinations_with_replacement('ab', 2)))
print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3], operator.mul)), list(accumulate([1, 2], initial=10)), list(accumulate([])))
print([(k, list(g)) for k, g in groupby('aaabbcaa')])
print([(k, len(list(g))) for k, g in groupby([1, 3, 2, 4, 5], key=lambda x: x % 2)])
gs = list(groupby('aabb')); print([(k, list(g)) for k, g in gs])
print(list(zip_longest('ab', [1, 2, 3], fillvalue='-')), list(zip_longest()))
print(list(starmap(pow, [(2, 3), (3, 2)])), list(takewhile(lambda x: x < 3, [1, 2, 5, 1])), list(dropwhile(lambda x: x < 3, [1, 2, 5, 1])))
print(list(filterfalse(None, [0, 1, '', 'a'])), list(filterfalse(lambda x: x % 2, range(6))), list(compress('abcd', [1, 0, 1])))
a, b = tee(iter([1, 2, 3])); print(next(a), list(a), list(b), tee([], 0))
print(list(pairwise('abcd')), list(pairwise('a')))
for bad in [lambda: islice('a', -1), lambda: islice('a', 0, 1, 0), lambda: list(permutations('a', -1)),
            lambda: combinations('a', -1), lambda: zip_longest(1), lambda: product(1), lambda: islice()]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
