# string: constants, capwords, Template, Formatter
import string
from string import Template, Formatter
print(string.ascii_letters, string.punctuation, repr(string.whitespace), repr(string.printable))
print(string.digits, string.hexdigits, string.octdigits, string.ascii_lowercase, string.ascii_uppercase)
print(string.capwords(' aBc  dEf '), string.capwords('a-b-c', '-'))
t = Template('$who likes ${what}, $$ $x')
print(t.substitute(who='tim', what='kung pao', x=1))
print(t.safe_substitute(who='tim'))
print(t.get_identifiers(), t.is_valid())
for tt in ['$', 'ab\n$1', '${x', 'a $ b']:
    try:
        Template(tt).substitute(x=1)
    except Exception as e:
        print(type(e).__name__, e)
    print(repr(Template(tt).safe_substitute()), Template(tt).is_valid())
try:
    t.substitute(who=1)
except KeyError as e:
    print('KeyError', e)
print(Template('$a $b').substitute({'a': 1}, b=2))
class T(Template):
    delimiter = '%'
print(T('%x and %%').substitute(x=5))
f = Formatter()
print(f.format('{0}-{1!r}-{name:>5}-{2[0]}-{3.real}', 1, 'a', [9], 3, name='n'))
print(f.format('{:{w}}|{{}}', 'ab', w=5))
print(list(f.parse('a{0!r:>3}b{x[1].y}c}}')))
