# operator
import operator as op
from operator import itemgetter, attrgetter, methodcaller

print(op.add(1, 2), op.sub(5, 3), op.mul('a', 3), op.truediv(7, 2), op.floordiv(7, 2), op.mod(7, 3), op.pow(2, 10), op.neg(3), op.pos(-3), op.abs(-2))
print(op.and_(6, 3), op.or_(6, 3), op.xor(6, 3), op.invert(5), op.lshift(1, 4), op.rshift(16, 2), op.not_(0), op.truth([]), op.is_(None, None), op.is_not(1, None))
print(op.lt(1, 2), op.le(2, 2), op.eq(1, 1.0), op.ne(1, 2), op.gt(1, 2), op.ge(3, 2), op.contains([1, 2], 2), op.countOf([1, 2, 1], 1), op.indexOf('abc', 'c'))
print(op.index(5), op.concat([1], [2]), op.getitem('abc', 1), op.length_hint([1, 2]), op.length_hint(iter([]), 7))
l = [1, 2, 3]; op.setitem(l, 0, 9); op.delitem(l, 1); print(l, op.iadd([1], [2]), op.imul(2, 3))
print(itemgetter(1)('abc'), itemgetter(0, 2)('abc'), itemgetter('k')({'k': 5}), repr(itemgetter(1, 'a')))
class A:
    pass
a = A(); a.b = A(); a.b.c = 7; a.x = 1
print(attrgetter('x')(a), attrgetter('b.c')(a), attrgetter('x', 'b.c')(a), repr(attrgetter('b.c')))
print(methodcaller('upper')('ab'), methodcaller('split', ',', 1)('a,b,c'), repr(methodcaller('m', 1, k=2)))
print(sorted([('b', 2), ('a', 3)], key=itemgetter(1), reverse=True), op.call(len, 'abc'))
for bad in [lambda: op.index('a'), lambda: op.concat(1, 2), lambda: op.indexOf([1], 2), lambda: attrgetter(1)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
