"""urllib.request for the playground: urlopen() over a simulated web.

Interleave runs in a browser sandbox with no network. urlopen() serves
http(s)://sim.test/... from a built-in simulated web whose latency and
content are deterministic, so programs can show why I/O-bound work wins
from threads or coroutines; any other http(s) URL raises URLError.

The simulated web:
  /page?delay=D&size=N&status=S   waits D seconds (default 0.1), answers
                                  N bytes (default 1000) of text, status S
  /                               a small index page
  /status/S                       an empty answer with status S
  anything else                   404 Not Found
The wait is time.sleep(D), looked up when the request is made: real threads
overlap their waits, and after gevent's monkey.patch_all() so do greenlets.
file: URLs read the playground's files.
"""

import io
import time
from urllib.parse import urlsplit, parse_qs, unquote, unwrap
from urllib.error import URLError, HTTPError

__all__ = ['Request', 'urlopen', 'OpenerDirector', 'build_opener', 'install_opener',
           'pathname2url', 'url2pathname', 'getproxies', 'SIM_HOST']

SIM_HOST = 'sim.test'
NO_NETWORK = ('Interleave has no network: only http://sim.test/... URLs work '
              'in the playground')
DEFAULT_DELAY = 0.1      # seconds: a plausible round trip, short enough for demos
DEFAULT_SIZE = 1000      # bytes
MAX_SIZE = 16 * 1024 * 1024   # keeps a typo from filling the playground's memory
MAX_DELAY = 60.0

_REASONS = {200: 'OK', 201: 'Created', 204: 'No Content', 301: 'Moved Permanently',
            302: 'Found', 304: 'Not Modified', 400: 'Bad Request', 401: 'Unauthorized',
            403: 'Forbidden', 404: 'Not Found', 405: 'Method Not Allowed',
            418: "I'm a Teapot", 429: 'Too Many Requests', 500: 'Internal Server Error',
            502: 'Bad Gateway', 503: 'Service Unavailable', 504: 'Gateway Timeout'}

_FILLER = (b'Interleave simulated web: deterministic content for '
           b'concurrency demos. The quick brown fox jumps over the lazy dog. ')


# ---------------------------------------------------------------------------
# Headers and responses
# ---------------------------------------------------------------------------

class Headers:
    """A small stand-in for http.client.HTTPMessage (case-insensitive)."""

    def __init__(self, items=()):
        self._items = list(items)

    def get(self, name, failobj=None):
        lname = name.lower()
        for k, v in self._items:
            if k.lower() == lname:
                return v
        return failobj

    def get_all(self, name, failobj=None):
        lname = name.lower()
        vals = [v for k, v in self._items if k.lower() == lname]
        return vals or failobj

    def __getitem__(self, name):
        return self.get(name)

    def __contains__(self, name):
        return self.get(name) is not None

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return iter(self.keys())

    def keys(self):
        return [k for k, v in self._items]

    def values(self):
        return [v for k, v in self._items]

    def items(self):
        return list(self._items)

    def get_content_type(self):
        ct = self.get('Content-Type', 'text/plain')
        return ct.split(';')[0].strip().lower()

    def get_content_charset(self, failobj=None):
        ct = self.get('Content-Type', '')
        for part in ct.split(';')[1:]:
            k, _, v = part.strip().partition('=')
            if k.lower() == 'charset':
                return v.strip('"').lower()
        return failobj

    def __str__(self):
        return ''.join('%s: %s\n' % kv for kv in self._items) + '\n'


class SimResponse:
    """What urlopen() returns: a readable file-like object with status,
    headers and url (the http.client.HTTPResponse interface)."""

    def __init__(self, url, status, body, headers):
        self.url = url
        self.status = status
        self.code = status
        self.reason = _REASONS.get(status, 'Unknown')
        self.msg = self.reason
        self.headers = headers
        self.version = 11
        self._fp = io.BytesIO(body)
        self.length = len(body)
        self._closed = False

    # --- http.client.HTTPResponse / addinfourl ------------------------------
    def getcode(self):
        return self.status

    def geturl(self):
        return self.url

    def info(self):
        return self.headers

    def getheader(self, name, default=None):
        return self.headers.get(name, default)

    def getheaders(self):
        return self.headers.items()

    # --- reading -------------------------------------------------------------
    def read(self, amt=None):
        if self._closed:
            return b''
        data = self._fp.read() if amt is None or amt < 0 else self._fp.read(amt)
        self.length -= len(data)
        return data

    def read1(self, amt=-1):
        return self.read(amt)

    def readinto(self, b):
        data = self.read(len(b))
        b[:len(data)] = data
        return len(data)

    def readline(self, limit=-1):
        if self._closed:
            return b''
        line = self._fp.readline(limit)
        self.length -= len(line)
        return line

    def readlines(self, hint=-1):
        lines = []
        while True:
            line = self.readline()
            if not line:
                return lines
            lines.append(line)

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readable(self):
        return True

    def fileno(self):
        raise OSError('the simulated web has no file descriptors')

    @property
    def closed(self):
        return self._closed

    def close(self):
        self._closed = True

    def isclosed(self):
        return self._closed

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def __repr__(self):
        return '<urllib.request.SimResponse url=%r status=%d>' % (self.url, self.status)


# ---------------------------------------------------------------------------
# Requests
# ---------------------------------------------------------------------------

class Request:
    """Request(url, data=None, headers={}, origin_req_host=None,
    unverifiable=False, method=None)"""

    def __init__(self, url, data=None, headers={}, origin_req_host=None,
                 unverifiable=False, method=None):
        self.full_url = url
        self.headers = {}
        self.unredirected_hdrs = {}
        self.data = data
        for key, value in headers.items():
            self.add_header(key, value)
        self.origin_req_host = origin_req_host
        self.unverifiable = unverifiable
        if method:
            self.method = method

    @property
    def full_url(self):
        if self.fragment:
            return '{}#{}'.format(self._full_url, self.fragment)
        return self._full_url

    @full_url.setter
    def full_url(self, url):
        self._full_url = unwrap(url)
        self._full_url, _, self.fragment = self._full_url.partition('#')
        self.fragment = self.fragment or None
        self._parse()

    def _parse(self):
        scheme, sep, rest = self._full_url.partition(':')
        if not sep or not scheme or '/' in scheme:
            raise ValueError("unknown url type: %r" % self.full_url)
        self.type = scheme.lower()
        parts = urlsplit(self._full_url)
        self.host = parts.netloc
        self.selector = self._full_url[len(scheme) + 1:]
        if self.selector.startswith('//'):
            rest = self.selector[2:]
            slash = rest.find('/')
            self.selector = rest[slash:] if slash >= 0 else ''

    def get_method(self):
        default_method = "POST" if self.data is not None else "GET"
        return getattr(self, 'method', default_method)

    def get_full_url(self):
        return self.full_url

    def add_header(self, key, val):
        self.headers[key.capitalize()] = val

    def add_unredirected_header(self, key, val):
        self.unredirected_hdrs[key.capitalize()] = val

    def has_header(self, header_name):
        return header_name in self.headers or header_name in self.unredirected_hdrs

    def get_header(self, header_name, default=None):
        return self.headers.get(header_name, self.unredirected_hdrs.get(header_name, default))

    def remove_header(self, header_name):
        self.headers.pop(header_name, None)
        self.unredirected_hdrs.pop(header_name, None)

    def header_items(self):
        hdrs = {**self.unredirected_hdrs, **self.headers}
        return list(hdrs.items())


# ---------------------------------------------------------------------------
# The simulated web
# ---------------------------------------------------------------------------

def _content(path, size):
    head = ('sim.test%s\n' % path).encode('utf-8')
    body = head + _FILLER * (size // len(_FILLER) + 1)
    return body[:size]


def _number(query, name, default, convert, url):
    values = query.get(name)
    if not values:
        return default
    try:
        return convert(values[-1])
    except ValueError:
        raise URLError('sim.test: %s=%r is not a number (in %s)' % (name, values[-1], url))


def _serve(req, timeout):
    parts = urlsplit(req.full_url)
    path = parts.path or '/'
    query = parse_qs(parts.query)
    url = req.full_url
    delay = DEFAULT_DELAY
    status = 200
    ctype = 'text/plain; charset=utf-8'
    if path == '/page':
        delay = min(max(_number(query, 'delay', DEFAULT_DELAY, float, url), 0.0), MAX_DELAY)
        size = min(max(_number(query, 'size', DEFAULT_SIZE, int, url), 0), MAX_SIZE)
        status = _number(query, 'status', 200, int, url)
        body = _content(path, size)
    elif path == '/':
        body = (b'sim.test: the playground\'s simulated web\n'
                b'/page?delay=SECONDS&size=BYTES&status=CODE\n'
                b'/status/CODE\n')
    elif path.startswith('/status/'):
        try:
            status = int(path[len('/status/'):])
        except ValueError:
            status = 400
        body = b''
    else:
        status = 404
        body = ('sim.test: no page at %s\n' % path).encode('utf-8')
    if timeout is not None and timeout is not _GLOBAL_DEFAULT_TIMEOUT and delay > timeout:
        time.sleep(timeout)
        raise URLError(TimeoutError('timed out'))
    if delay > 0:
        time.sleep(delay)   # the module attribute: patched by gevent.monkey
    headers = Headers([('Server', 'sim.test'), ('Content-Type', ctype),
                       ('Content-Length', str(len(body))), ('Connection', 'close')])
    if status >= 400:
        raise HTTPError(url, status, _REASONS.get(status, 'Unknown'), headers, io.BytesIO(body))
    return SimResponse(url, status, body, headers)


def _open_file(req):
    path = url2pathname(unquote(req.selector))
    try:
        with open(path, 'rb') as f:
            data = f.read()
    except OSError as exp:
        raise URLError(exp, exp.filename)
    headers = Headers([('Content-type', 'text/plain'), ('Content-length', str(len(data)))])
    return SimResponse(req.full_url, 200, data, headers)


_GLOBAL_DEFAULT_TIMEOUT = object()


class OpenerDirector:
    def __init__(self):
        self.addheaders = [('User-agent', 'Python-urllib/3.11')]
        self.handlers = []

    def add_handler(self, handler):
        self.handlers.append(handler)

    def open(self, fullurl, data=None, timeout=_GLOBAL_DEFAULT_TIMEOUT):
        req = fullurl if isinstance(fullurl, Request) else Request(fullurl, data)
        if data is not None:
            req.data = data
        if req.type in ('http', 'https'):
            host = (urlsplit(req.full_url).hostname or '').lower()
            if host != SIM_HOST:
                raise URLError(NO_NETWORK)
            return _serve(req, timeout)
        if req.type == 'file':
            return _open_file(req)
        raise URLError('unknown url type: %s' % req.type)


_opener = None


def build_opener(*handlers):
    opener = OpenerDirector()
    for h in handlers:
        opener.add_handler(h)
    return opener


def install_opener(opener):
    global _opener
    _opener = opener


def urlopen(url, data=None, timeout=_GLOBAL_DEFAULT_TIMEOUT, *, cafile=None, capath=None,
            cadefault=False, context=None):
    """Open *url* (a string or Request). Only http(s)://sim.test/... and
    file: URLs work: the playground has no network."""
    opener = _opener or OpenerDirector()
    return opener.open(url, data, timeout)


def urlretrieve(url, filename=None, reporthook=None, data=None):
    with urlopen(url, data) as fp:
        headers = fp.info()
        body = fp.read()
    if filename is None:
        raise URLError('urlretrieve() needs a filename in the playground')
    with open(filename, 'wb') as f:
        f.write(body)
    if reporthook:
        reporthook(1, len(body), len(body))
    return filename, headers


def pathname2url(pathname):
    from urllib.parse import quote
    return quote(pathname)


def url2pathname(pathname):
    return unquote(pathname)


def getproxies():
    return {}
