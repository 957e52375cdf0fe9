# re.py — regular expressions for Interleave: CPython 3.11's re API (compile,
# search, match, fullmatch, findall, finditer, sub, subn, split, escape,
# Pattern, Match, flags, re.error) over the backtracking engine in
# _re_engine.py. Outputs and error messages follow CPython's.

import _re_engine as _engine
from _re_engine import error, MAXREPEAT

__all__ = [
    "match", "fullmatch", "search", "sub", "subn", "split",
    "findall", "finditer", "compile", "purge", "template", "escape",
    "error", "Pattern", "Match", "A", "I", "L", "M", "S", "X", "U",
    "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE",
    "UNICODE", "NOFLAG", "RegexFlag",
]

__version__ = "2.2.1"


# ============================================================================
# Flags
# ============================================================================

# (name, value) in the order CPython's RegexFlag lists its members.
_FLAG_MEMBERS = [
    ('ASCII', 256), ('IGNORECASE', 2), ('LOCALE', 4), ('UNICODE', 32), ('MULTILINE', 8),
    ('DOTALL', 16), ('VERBOSE', 64), ('TEMPLATE', 1), ('DEBUG', 128),
]


class RegexFlag(int):
    """An int with CPython's re.RegexFlag repr (re.IGNORECASE|re.MULTILINE)."""

    def __repr__(self):
        value = int(self)
        if value == 0:
            return 're.NOFLAG'
        if value < 0:
            value = ~value
            names = [n for n, v in _FLAG_MEMBERS if not value & v]
            return 're.' + '|re.'.join(names) if names else 're.NOFLAG'
        names = []
        for name, v in _FLAG_MEMBERS:
            if value & v:
                names.append('re.' + name)
                value &= ~v
        if value:
            names.append(hex(value))
        return '|'.join(names)

    __str__ = __repr__

    def __or__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) | int(other))

    __ror__ = __or__

    def __and__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) & int(other))

    __rand__ = __and__

    def __xor__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) ^ int(other))

    __rxor__ = __xor__

    def __invert__(self):
        return RegexFlag(~int(self) & 0x1ff)


NOFLAG = RegexFlag(0)
A = ASCII = RegexFlag(256)
I = IGNORECASE = RegexFlag(2)
L = LOCALE = RegexFlag(4)
U = UNICODE = RegexFlag(32)
M = MULTILINE = RegexFlag(8)
S = DOTALL = RegexFlag(16)
X = VERBOSE = RegexFlag(64)
T = TEMPLATE = RegexFlag(1)
DEBUG = RegexFlag(128)

# The order _sre's Pattern.__repr__ names flags in.
_REPR_FLAGS = [('TEMPLATE', 1), ('IGNORECASE', 2), ('LOCALE', 4), ('MULTILINE', 8), ('DOTALL', 16),
               ('UNICODE', 32), ('VERBOSE', 64), ('DEBUG', 128), ('ASCII', 256)]

# Why 8 KiB-ish: a long subject string makes the continuation chain deep
# (one Python frame per repeat iteration of a group); Interleave's frames are
# on the heap, so a higher limit during a match is safe there.
_DEEP_SUBJECT = 200
_MATCH_RECURSION_LIMIT = 200000


# ============================================================================
# Pattern
# ============================================================================

class _GroupIndex(dict):
    """Pattern.groupindex: a read-only mapping shown as CPython's mappingproxy."""

    def __repr__(self):
        return 'mappingproxy(%s)' % dict.__repr__(self)

    def __str__(self):
        return dict.__repr__(self)

    def _readonly(self, *args, **kwargs):
        raise TypeError("'mappingproxy' object does not support item assignment")

    __setitem__ = __delitem__ = _readonly
    pop = popitem = clear = update = setdefault = _readonly


class Pattern:
    """Compiled regular expression object."""

    __module__ = 're'

    def __init__(self, pattern, flags):
        if isinstance(pattern, (bytes, bytearray)):
            self._bytes = True
            text = bytes(pattern).decode('latin-1')
            if flags & UNICODE:
                raise ValueError("cannot use UNICODE flag with a bytes pattern")
            flags |= 0
        else:
            self._bytes = False
            text = pattern
            if flags & LOCALE:
                raise ValueError("cannot use LOCALE flag with a str pattern")
            if flags & ASCII and flags & UNICODE:
                raise ValueError("ASCII and UNICODE flags are incompatible")
        engine_flags = int(flags) | (_engine.SRE_FLAG_ASCII if self._bytes else 0)
        node, out_flags, groups, groupindex = _engine.parse(text, engine_flags)
        if self._bytes:
            out_flags &= ~_engine.SRE_FLAG_ASCII
            out_flags |= int(flags) & _engine.SRE_FLAG_ASCII
        self.pattern = pattern
        self.flags = out_flags
        self.groups = groups
        self.groupindex = _GroupIndex(groupindex)
        self._match = _engine.build(node)
        self._prefix = _engine.literal_prefix(node, out_flags)
        self._anchored = node[0] == 'at' and node[1] == 'A' or (
            node[0] == 'seq' and node[1] and node[1][0][0] == 'at' and node[1][0][1] == 'A')

    def __repr__(self):
        text = repr(self.pattern)
        if len(text) > 200:
            text = text[:200]
        flags = self.flags
        if not self._bytes:
            flags &= ~UNICODE
        names = []
        for name, v in _REPR_FLAGS:
            if flags & v:
                names.append('re.' + name)
                flags &= ~v
        if flags:
            names.append(hex(flags))
        if names:
            return 're.compile(%s, %s)' % (text, '|'.join(names))
        return 're.compile(%s)' % text

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return self.pattern == other.pattern and self.flags == other.flags

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __class_getitem__(cls, item):
        return cls

    # --- matching ---------------------------------------------------------
    def _subject(self, string):
        if self._bytes:
            if isinstance(string, str):
                raise TypeError("cannot use a bytes pattern on a string-like object")
            if not isinstance(string, (bytes, bytearray, memoryview)):
                raise TypeError("expected string or bytes-like object, got '%s'" % type(string).__name__)
            return bytes(string).decode('latin-1')
        if not isinstance(string, str):
            if isinstance(string, (bytes, bytearray, memoryview)):
                raise TypeError("cannot use a string pattern on a bytes-like object")
            raise TypeError("expected string or bytes-like object, got '%s'" % type(string).__name__)
        return string

    def _bounds(self, text, pos, endpos):
        n = len(text)
        if pos < 0:
            pos = 0
        elif pos > n:
            pos = n
        if endpos is None or endpos > n:
            endpos = n
        elif endpos < 0:
            endpos = 0
        return pos, endpos

    def _run(self, text, string, start, endpos, pos, mode):
        """Tries a match at `start` (mode 'match'/'full'), or searches from it."""
        if endpos - start > _DEEP_SUBJECT:
            import sys
            old = sys.getrecursionlimit()
            if old < _MATCH_RECURSION_LIMIT:
                sys.setrecursionlimit(_MATCH_RECURSION_LIMIT)
                try:
                    return self._run_inner(text, string, start, endpos, pos, mode)
                finally:
                    sys.setrecursionlimit(old)
        return self._run_inner(text, string, start, endpos, pos, mode)

    def _run_inner(self, text, string, start, endpos, pos, mode):
        st = _engine.State(text, endpos, self.groups)
        f = self._match
        if mode == 'full':
            def k(j):
                if j == endpos:
                    st.end = j
                    return True
                return False
        else:
            def k(j):
                st.end = j
                return True
        if mode != 'search':
            if f(st, start, k):
                return Match(self, string, text, st, start, pos, endpos)
            return None
        prefix = self._prefix
        i = start
        while i <= endpos:
            if prefix:
                i = text.find(prefix, i, endpos)
                if i < 0:
                    return None
            if f(st, i, k):
                return Match(self, string, text, st, i, pos, endpos)
            if self._anchored:
                return None
            i += 1
        return None

    def match(self, string, pos=0, endpos=None):
        text = self._subject(string)
        pos, endpos = self._bounds(text, pos, endpos)
        return self._run(text, string, pos, endpos, pos, 'match')

    def fullmatch(self, string, pos=0, endpos=None):
        text = self._subject(string)
        pos, endpos = self._bounds(text, pos, endpos)
        return self._run(text, string, pos, endpos, pos, 'full')

    def search(self, string, pos=0, endpos=None):
        text = self._subject(string)
        pos, endpos = self._bounds(text, pos, endpos)
        return self._run(text, string, pos, endpos, pos, 'search')

    def finditer(self, string, pos=0, endpos=None):
        text = self._subject(string)
        pos, endpos = self._bounds(text, pos, endpos)
        return self._iter(text, string, pos, endpos)

    def _iter(self, text, string, pos, endpos):
        i = pos
        while i <= endpos:
            m = self._run(text, string, i, endpos, pos, 'search')
            if m is None:
                return
            yield m
            end = m._end
            if end == m._start:
                # An empty match: the next one may not be empty at the same
                # place (CPython 3.7+ rules), so look for a non-empty one here.
                m2 = self._nonempty_at(text, string, end, endpos, pos)
                if m2 is not None:
                    yield m2
                    i = m2._end
                    if m2._end == m2._start:
                        i += 1
                    continue
                i = end + 1
            else:
                i = end

    def _nonempty_at(self, text, string, at, endpos, pos):
        st = _engine.State(text, endpos, self.groups)

        def k(j):
            if j != at:
                st.end = j
                return True
            return False
        if self._match(st, at, k):
            return Match(self, string, text, st, at, pos, endpos)
        return None

    def findall(self, string, pos=0, endpos=None):
        out = []
        for m in self.finditer(string, pos, endpos):
            if self.groups == 0:
                out.append(m.group(0))
            elif self.groups == 1:
                out.append(m.group(1) if m._marks[2] >= 0 else m._empty())
            else:
                out.append(m.groups(m._empty()))
        return out

    def split(self, string, maxsplit=0):
        text = self._subject(string)
        out = []
        last = 0
        count = 0
        for m in self._iter(text, string, 0, len(text)):
            if maxsplit and count >= maxsplit:
                break
            out.append(m._slice(last, m._start))
            out.extend(m.groups())
            last = m._end
            count += 1
        out.append(m_slice(self, text, last, len(text)))
        return out

    def sub(self, repl, string, count=0):
        return self._subx(repl, string, count)[0]

    def subn(self, repl, string, count=0):
        return self._subx(repl, string, count)

    def _subx(self, repl, string, count):
        text = self._subject(string)
        if callable(repl):
            expand = repl
        else:
            template = _compile_template(self, repl)
            if len(template) == 1 and isinstance(template[0], (str, bytes)):
                literal = template[0]
                expand = lambda m: literal
            else:
                expand = lambda m: _expand_template(m, template)
        pieces = []
        last = 0
        n = 0
        for m in self._iter(text, string, 0, len(text)):
            if count and n >= count:
                break
            pieces.append(m._slice(last, m._start))
            r = expand(m)
            if r is not None:
                if self._bytes:
                    if not isinstance(r, (bytes, bytearray)):
                        raise TypeError("expected a bytes-like object, %s found" % type(r).__name__)
                    r = bytes(r)
                elif not isinstance(r, str):
                    raise TypeError("expected str instance, %s found" % type(r).__name__)
                pieces.append(r)
            last = m._end
            n += 1
        pieces.append(m_slice(self, text, last, len(text)))
        joiner = b'' if self._bytes else ''
        return joiner.join(pieces), n

    def scanner(self, string, pos=0, endpos=None):
        raise _engine._unsupported('Pattern.scanner()', None, None)


def m_slice(pattern, text, start, end):
    piece = text[start:end]
    return piece.encode('latin-1') if pattern._bytes else piece


# ============================================================================
# Match
# ============================================================================

class Match:
    """The result of a successful match."""

    __module__ = 're'

    def __init__(self, pattern, string, text, st, start, pos, endpos):
        self.re = pattern
        self.string = string
        self.pos = pos
        self.endpos = endpos
        self._text = text
        marks = list(st.marks)
        marks[0] = start
        marks[1] = st.end
        self._marks = marks
        self._start = start
        self._end = st.end
        self.lastindex = st.lastindex

    def _empty(self):
        return b'' if self.re._bytes else ''

    def _slice(self, start, end):
        piece = self._text[start:end]
        return piece.encode('latin-1') if self.re._bytes else piece

    def _index(self, g):
        if isinstance(g, int) and not isinstance(g, bool) or hasattr(type(g), '__index__') and not isinstance(g, (str, bytes)):
            try:
                g = g.__index__()
            except Exception:
                raise IndexError("no such group") from None
            if 0 <= g <= self.re.groups:
                return g
            raise IndexError("no such group")
        if isinstance(g, str):
            gid = self.re.groupindex.get(g)
            if gid is not None:
                return gid
        raise IndexError("no such group")

    def _get(self, gid, default=None):
        a = self._marks[2 * gid]
        b = self._marks[2 * gid + 1]
        if a < 0 or b < 0:
            return default
        return self._slice(a, b)

    def group(self, *args):
        if not args:
            return self._get(0)
        if len(args) == 1:
            return self._get(self._index(args[0]))
        return tuple(self._get(self._index(g)) for g in args)

    def __getitem__(self, g):
        return self._get(self._index(g))

    def groups(self, default=None):
        return tuple(self._get(g, default) for g in range(1, self.re.groups + 1))

    def groupdict(self, default=None):
        return {name: self._get(gid, default) for name, gid in self.re.groupindex.items()}

    def start(self, group=0):
        return self._marks[2 * self._index(group)]

    def end(self, group=0):
        return self._marks[2 * self._index(group) + 1]

    def span(self, group=0):
        gid = self._index(group)
        return self._marks[2 * gid], self._marks[2 * gid + 1]

    @property
    def regs(self):
        return tuple((self._marks[2 * g], self._marks[2 * g + 1]) for g in range(self.re.groups + 1))

    @property
    def lastgroup(self):
        if self.lastindex is None:
            return None
        for name, gid in self.re.groupindex.items():
            if gid == self.lastindex:
                return name
        return None

    def expand(self, template):
        return _expand_template(self, _compile_template(self.re, template))

    def __repr__(self):
        return '<re.Match object; span=(%d, %d), match=%r>' % (self._start, self._end, self.group(0))

    def __bool__(self):
        return True

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __class_getitem__(cls, item):
        return cls


# ============================================================================
# Replacement templates
# ============================================================================

def _compile_template(pattern, repl):
    """Splits a replacement string into literal pieces and group numbers,
    with CPython's error messages (re._parser.parse_template)."""
    is_bytes = isinstance(repl, (bytes, bytearray))
    if pattern._bytes != is_bytes:
        if is_bytes:
            raise TypeError("expected str instance, bytes found")
        raise TypeError("expected a bytes-like object, str found")
    text = bytes(repl).decode('latin-1') if is_bytes else repl
    out = []
    literal = []
    i = 0
    n = len(text)

    def err(msg, pos):
        return error(msg, repl, pos)

    while i < n:
        c = text[i]
        if c != '\\':
            literal.append(c)
            i += 1
            continue
        start = i
        i += 1
        if i >= n:
            raise err('bad escape (end of pattern)', start)
        c = text[i]
        i += 1
        if c == 'g':
            if i >= n or text[i] != '<':
                raise err('missing <', i)
            close = text.find('>', i + 1)
            if close < 0:
                if i + 1 >= n:
                    raise err('missing group name', i + 1)
                raise err('missing >, unterminated name', i + 1)
            name = text[i + 1:close]
            if not name:
                raise err('missing group name', i + 1)
            if name.isdigit() and name.isascii():
                gid = int(name)
                if gid >= _engine.MAXGROUPS:
                    raise err('invalid group reference %d' % gid, i + 1)
            elif name.isidentifier():
                gid = pattern.groupindex.get(name)
                if gid is None:
                    raise IndexError("unknown group name '%s'" % name)
            else:
                raise err('bad character in group name %r' % name, i + 1)
            if gid > pattern.groups:
                raise err('invalid group reference %d' % gid, i + 1)
            i = close + 1
            _flush(out, literal)
            out.append(gid)
        elif c == '0':
            value = c
            while len(value) < 3 and i < n and text[i] in '01234567':
                value += text[i]
                i += 1
            literal.append(chr(int(value, 8)))
        elif c in '123456789':
            value = c
            if i < n and text[i] in '0123456789':
                value += text[i]
                i += 1
                if (value[0] in '01234567' and value[1] in '01234567' and i < n
                        and text[i] in '01234567'):
                    value += text[i]
                    i += 1
                    code = int(value, 8)
                    if code > 0o377:
                        raise err('octal escape value \\%s outside of range 0-0o377' % value, start)
                    literal.append(chr(code))
                    continue
            gid = int(value)
            if gid > pattern.groups:
                raise err('invalid group reference %d' % gid, start + 1)
            _flush(out, literal)
            out.append(gid)
        elif c in 'abfnrtv\\':
            literal.append({'a': '\a', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t',
                            'v': '\v', '\\': '\\'}[c])
        elif c.isascii() and c.isalpha():
            raise err('bad escape \\' + c, start)
        else:
            literal.append('\\' + c)
    _flush(out, literal)
    if is_bytes:
        out = [p.encode('latin-1') if isinstance(p, str) else p for p in out]
    if not out:
        out.append(b'' if is_bytes else '')
    return out


def _flush(out, literal):
    if literal:
        out.append(''.join(literal))
        literal.clear()


def _expand_template(m, template):
    empty = m._empty()
    pieces = []
    for p in template:
        if isinstance(p, int):
            g = m._get(p)
            if g is not None:
                pieces.append(g)
        else:
            pieces.append(p)
    return empty.join(pieces)


# ============================================================================
# Module functions and the compile cache
# ============================================================================

_cache = {}
_MAXCACHE = 512  # CPython's limit: enough for any program's set of literals


def _compile(pattern, flags):
    if isinstance(flags, RegexFlag):
        flags = int(flags)
    try:
        return _cache[type(pattern), pattern, flags]
    except KeyError:
        pass
    except TypeError:
        pass
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    if not isinstance(pattern, (str, bytes, bytearray)):
        raise TypeError("first argument must be string or compiled pattern")
    p = Pattern(pattern, flags)
    if flags & DEBUG:
        return p
    if len(_cache) >= _MAXCACHE:
        try:
            del _cache[next(iter(_cache))]
        except (StopIteration, RuntimeError, KeyError):
            pass
    if not isinstance(pattern, bytearray):
        _cache[type(pattern), pattern, flags] = p
    return p


def compile(pattern, flags=0):
    "Compile a regular expression pattern, returning a Pattern object."
    return _compile(pattern, flags)


def match(pattern, string, flags=0):
    """Try to apply the pattern at the start of the string, returning
    a Match object, or None if no match was found."""
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    """Try to apply the pattern to all of the string, returning
    a Match object, or None if no match was found."""
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    """Scan through string looking for a match to the pattern, returning
    a Match object, or None if no match was found."""
    return _compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    """Return the string obtained by replacing the leftmost
    non-overlapping occurrences of the pattern in string by the
    replacement repl."""
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    """Return a 2-tuple containing (new_string, number)."""
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    """Split the source string by the occurrences of the pattern,
    returning a list containing the resulting substrings."""
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    """Return a list of all non-overlapping matches in the string."""
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    """Return an iterator over all non-overlapping matches in the
    string.  For each match, the iterator returns a Match object."""
    return _compile(pattern, flags).finditer(string)


def purge():
    "Clear the regular expression caches"
    _cache.clear()


def template(pattern, flags=0):
    "Compile a template pattern, returning a Pattern object, deprecated"
    return _compile(pattern, flags | T)


# Characters escape() leaves alone are everything but these (CPython 3.7+).
_special_chars_map = {i: '\\' + chr(i) for i in b'()[]{}?*+-|^$\\.&~# \t\n\r\v\f'}


def escape(pattern):
    """Escape special characters in a string."""
    if isinstance(pattern, str):
        return pattern.translate(_special_chars_map)
    else:
        pattern = str(pattern, 'latin1')
        return pattern.translate(_special_chars_map).encode('latin1')
