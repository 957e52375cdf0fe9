# urllib.parse: the functions tutorials use (recorded from CPython 3.11).
from urllib.parse import (urlparse, urlsplit, urlunparse, urlunsplit, urljoin,
                          urlencode, quote, quote_plus, unquote, unquote_plus,
                          parse_qs, parse_qsl, urldefrag)

u = urlparse('https://user:pw@Example.com:8080/a/b;p?x=1&y=2&x=3#frag')
print(u)
print(u.scheme, u.netloc, u.hostname, u.port, u.username, u.password, u.path, u.params, u.query, u.fragment)
print(u.geturl())
print(urlsplit('http://sim.test/page?delay=0.3&size=2000'))
print(urlunparse(('http', 'h', '/p', '', 'q=1', 'f')))
print(urlunsplit(('http', 'h', '/p', 'q=1', '')))
print(urljoin('http://a/b/c/d;p?q', '../g'), urljoin('http://a/b/', 'c'), urljoin('http://a/b', '//x/y'))
print(urlencode({'a': 1, 'b': 'x y', 'c': 'é&='}), urlencode([('k', [1, 2])], doseq=True))
print(quote('a b/c?d=é'), quote('a b/c', safe=''), quote_plus('a b+c'), quote(b'\xff'))
print(unquote('a%20b%C3%A9'), unquote_plus('a+b%2B'), unquote('%zz'))
print(parse_qs('x=1&y=2&x=3&empty='), parse_qs('empty=', keep_blank_values=True))
print(parse_qsl('a=1&b=&c=3', keep_blank_values=True))
print(urldefrag('http://a/b#c'))
print(urlparse('//netloc/path'), urlparse('path/only'))
try:
    urlparse('http://[::1').hostname
except ValueError as e:
    print('ValueError', e)
print(urlparse('http://host:99999').netloc)
try:
    urlparse('http://host:99999').port
except ValueError as e:
    print('ValueError', e)
