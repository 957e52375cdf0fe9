# urllib.request.urlopen over the playground's simulated web
# (http://sim.test/...), with and without gevent.
# Expected output recorded with CPython 3.11 running Interleave's own
# wasm/lib/urllib (the simulated web does not exist elsewhere) and the real
# gevent 22.10.2; timings are reduced to booleans.
from gevent import monkey
monkey.patch_all()
import time
import gevent
import urllib.request
import urllib.error

with urllib.request.urlopen('http://sim.test/page?delay=0.01&size=120') as r:
    body = r.read()
    print(r.status, r.getcode(), r.reason, r.geturl())
    print(r.headers['Content-Length'], r.headers.get('content-type'), len(body))
    print(body[:40])
print(r.closed)
r = urllib.request.urlopen('http://sim.test/page?delay=0&size=5')
print(r.read(2), r.read(), r.read())
print(urllib.request.urlopen('http://sim.test/page?size=0').read())
print(urllib.request.urlopen('http://sim.test/').read().decode().splitlines()[0])

for url in ('https://www.python.org/', 'http://example.com/x'):
    try:
        urllib.request.urlopen(url)
    except urllib.error.URLError as e:
        print(type(e).__name__, e.reason)
        print(str(e))
try:
    urllib.request.urlopen('http://sim.test/nothing')
except urllib.error.HTTPError as e:
    print('HTTPError', e.code, e.reason, str(e), e.read())
try:
    urllib.request.urlopen('http://sim.test/status/503')
except urllib.error.HTTPError as e:
    print('HTTPError', e.code, str(e), isinstance(e, urllib.error.URLError))
try:
    urllib.request.urlopen('not a url')
except ValueError as e:
    print('ValueError', e)
req = urllib.request.Request('http://sim.test/page?size=3', headers={'x-test': '1'})
print(req.get_method(), req.full_url, req.host, req.selector, req.header_items())
print(urllib.request.urlopen(req).read())


def fetch(size):
    data = urllib.request.urlopen('http://sim.test/page?delay=0.1&size=%d' % size).read()
    return len(data)


start = time.time()
gs = [gevent.spawn(fetch, n) for n in (100, 200, 300, 400)]
gevent.joinall(gs)
elapsed = time.time() - start
print([g.value for g in gs], 'overlapped:', elapsed < 0.3)
