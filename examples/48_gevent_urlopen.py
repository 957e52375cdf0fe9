# gevent: three downloads overlap while each waits for the network
# From seed 001 (notes "Python 进程": processes, shared data, pools, coroutines), 遇到IO操作自动切换.
# Watch: all three GET lines print first; the "bytes received" lines come
# as the responses arrive, because monkey-patched sockets switch greenlets
# while waiting for I/O.
# Needs the third-party gevent package and the playground's simulated web:
# the URLs were https://www.python.org/, https://www.yahoo.com/ and
# https://github.com/; they now point at http://sim.test/page (0.3 s delay;
# sizes 2000, 3000 and 4000 bytes so the three replies can be told apart).
# Ported: urllib2.urlopen -> urllib.request.urlopen.
from gevent import monkey; monkey.patch_all()
import gevent
import urllib.request

def f(url):
    print('GET: %s' % url)
    resp = urllib.request.urlopen(url)
    data = resp.read()
    print('%d bytes received from %s.' % (len(data), url))

gevent.joinall([
        gevent.spawn(f, 'http://sim.test/page?delay=0.3&size=2000'),
        gevent.spawn(f, 'http://sim.test/page?delay=0.3&size=3000'),
        gevent.spawn(f, 'http://sim.test/page?delay=0.3&size=4000'),
])
