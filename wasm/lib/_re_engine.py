# _re_engine.py — the regular expression engine behind Interleave's re module.
#
# parse() turns a pattern into a small node tree, checking it with the error
# messages and positions of CPython's sre_parse; build() turns the tree into
# a chain of closures that match by backtracking in continuation-passing
# style: every matcher is f(st, i, k) and calls k(j) for each way it can
# match s[i:j], returning True as soon as a continuation succeeds.
# Single-character repeats (\d+, .*, [a-z]*) run as loops, so they cost no
# recursion per character.

SRE_FLAG_IGNORECASE = 2
SRE_FLAG_LOCALE = 4
SRE_FLAG_MULTILINE = 8
SRE_FLAG_DOTALL = 16
SRE_FLAG_UNICODE = 32
SRE_FLAG_VERBOSE = 64
SRE_FLAG_DEBUG = 128
SRE_FLAG_ASCII = 256

MAXREPEAT = 4294967295
MAXGROUPS = 1073741823

_FLAG_LETTERS = {
    'i': SRE_FLAG_IGNORECASE, 'L': SRE_FLAG_LOCALE, 'm': SRE_FLAG_MULTILINE,
    's': SRE_FLAG_DOTALL, 'x': SRE_FLAG_VERBOSE, 'a': SRE_FLAG_ASCII,
    'u': SRE_FLAG_UNICODE,
}
_TYPE_FLAGS = SRE_FLAG_ASCII | SRE_FLAG_LOCALE | SRE_FLAG_UNICODE
_GLOBAL_ONLY = SRE_FLAG_DEBUG

_DIGITS = '0123456789'
_OCTDIGITS = '01234567'
_HEXDIGITS = '0123456789abcdefABCDEF'
_ASCIILETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'
_WHITESPACE = ' \t\n\r\v\f'
_SPECIAL = '.\\[{()*+?^$|'
_REPEAT = '*+?{'

_SIMPLE_ESCAPES = {
    'a': '\a', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t', 'v': '\v', '\\': '\\',
}
_CATEGORIES = {'d', 'D', 's', 'S', 'w', 'W'}
_AT_ESCAPES = {'A', 'Z', 'b', 'B'}


class error(Exception):
    """Exception raised for invalid regular expressions (re.error)."""

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = '%s at position %d' % (msg, pos)
            if isinstance(pattern, str):
                newline = '\n'
            else:
                newline = b'\n'
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            if newline in pattern:
                msg = '%s (line %d, column %d)' % (msg, self.lineno, self.colno)
        else:
            self.lineno = self.colno = None
        Exception.__init__(self, msg)

    __module__ = 're'


def _unsupported(what, pattern, pos):
    return error('%s is not supported in Interleave' % what, pattern, pos)


# ============================================================================
# Parsing
# ============================================================================
# Nodes are tuples; the first item names the kind:
#   ('lit', text, icase)              literal text
#   ('any', dotall)                   .
#   ('set', test)                     one character for which test(c) is true
#   ('at', kind, flags)               ^ $ \A \Z \b \B
#   ('group', index_or_None, node)    (...) / (?:...)
#   ('seq', [nodes])  ('alt', [nodes])
#   ('rep', min, max, kind, node)     kind: 'greedy' 'lazy' 'possessive'
#   ('backref', index, icase)
#   ('look', behind, negative, node, width)
#   ('atomic', node)  ('cond', index, yes, no)

class _Source:
    def __init__(self, pattern):
        self.pattern = pattern
        self.index = 0
        self.n = len(pattern)

    def peek(self):
        return self.pattern[self.index] if self.index < self.n else None

    def get(self):
        if self.index >= self.n:
            return None
        c = self.pattern[self.index]
        self.index += 1
        return c

    def match(self, c):
        if self.index < self.n and self.pattern[self.index] == c:
            self.index += 1
            return True
        return False

    def error(self, msg, offset=0):
        return error(msg, self.pattern, self.index - offset)

    def getuntil(self, terminator, name):
        start = self.index
        while True:
            c = self.get()
            if c is None:
                if self.index == start:
                    raise self.error('missing ' + name)
                raise self.error('missing %s, unterminated name' % terminator, self.index - start)
            if c == terminator:
                if self.index - 1 == start:
                    raise self.error('missing ' + name, 1)
                return self.pattern[start:self.index - 1]


class _Parser:
    def __init__(self, pattern, flags):
        self.src = _Source(pattern)
        self.pattern = pattern
        self.flags = flags
        self.groups = 1               # next group number
        self.groupdict = {}
        self.open_groups = set()
        self.lookbehind_groups = None

    def checkgroupname(self, name, offset):
        if not name.isidentifier():
            raise self.src.error('bad character in group name %r' % name, len(name) + offset)

    def opengroup(self, name=None, offset=0):
        gid = self.groups
        self.groups += 1
        if name is not None:
            old = self.groupdict.get(name)
            if old is not None:
                raise self.src.error('redefinition of group name %r as group %d; was group %d'
                                     % (name, gid, old), len(name) + offset)
            self.groupdict[name] = gid
        self.open_groups.add(gid)
        return gid

    # --- alternation and sequences ----------------------------------------
    def parse_alt(self, flags, nested):
        src = self.src
        branches = []
        while True:
            branches.append(self.parse_seq(flags, nested))
            if not src.match('|'):
                break
        if not nested and src.peek() is not None:
            raise src.error('unbalanced parenthesis')
        if len(branches) == 1:
            return branches[0]
        return ('alt', branches)

    def parse_seq(self, flags, nested):
        src = self.src
        items = []
        verbose = flags & SRE_FLAG_VERBOSE
        while True:
            c = src.peek()
            if c is None or c == '|' or c == ')':
                break
            here = src.index
            src.get()
            if verbose:
                if c in _WHITESPACE:
                    continue
                if c == '#':
                    while True:
                        c = src.get()
                        if c is None or c == '\n':
                            break
                    continue
            if c == '\\':
                item = self.parse_escape(flags, here)
            elif c == '[':
                item = ('set', self.parse_class(flags, here))
            elif c == '.':
                item = ('any', bool(flags & SRE_FLAG_DOTALL))
            elif c == '^':
                item = ('at', '^', flags)
            elif c == '$':
                item = ('at', '$', flags)
            elif c == '(':
                item, flags = self.parse_paren(flags, here, items)
                if item is None:
                    verbose = flags & SRE_FLAG_VERBOSE
                    continue
            elif c in _REPEAT:
                item = self.parse_repeat(c, items, here, flags)
                if item is None:   # '{' that is not a repeat: a literal
                    item = ('lit', '{', bool(flags & SRE_FLAG_IGNORECASE))
                else:
                    items[-1] = item
                    continue
            else:
                item = ('lit', c, bool(flags & SRE_FLAG_IGNORECASE))
            items.append(item)
        return _merge_literals(items)

    # --- repeats -------------------------------------------------------------
    def parse_repeat(self, c, items, here, flags):
        src = self.src
        if c == '?':
            lo, hi = 0, 1
        elif c == '*':
            lo, hi = 0, MAXREPEAT
        elif c == '+':
            lo, hi = 1, MAXREPEAT
        else:
            if src.peek() == '}':
                return None
            start = src.index
            lo_s = hi_s = ''
            while src.peek() is not None and src.peek() in _DIGITS:
                lo_s += src.get()
            if src.match(','):
                while src.peek() is not None and src.peek() in _DIGITS:
                    hi_s += src.get()
            else:
                hi_s = lo_s
            if not src.match('}'):
                src.index = start
                return None
            lo = int(lo_s) if lo_s else 0
            hi = int(hi_s) if hi_s else MAXREPEAT
            if lo >= MAXREPEAT:
                raise OverflowError('the repetition number is too large')
            if hi != MAXREPEAT and hi >= MAXREPEAT:
                raise OverflowError('the repetition number is too large')
            if hi < lo:
                raise error('min repeat greater than max repeat', self.pattern, start)
        if not items or items[-1][0] == 'at' and items[-1][1] in ('^', '$') and False:
            raise error('nothing to repeat', self.pattern, here)
        prev = items[-1]
        if prev[0] == 'at' or (prev[0] == 'group' and prev[1] is None and prev[2] == ('seq', []) and False):
            raise error('nothing to repeat', self.pattern, here)
        if prev[0] == 'rep' and not prev[5:]:
            raise error('multiple repeat', self.pattern, here)
        if prev[0] == 'lit' and len(prev[1]) > 1:
            # only the last character of a literal run repeats
            items[-1] = ('lit', prev[1][:-1], prev[2])
            items.append(('lit', prev[1][-1], prev[2]))
            prev = items[-1]
        if src.match('?'):
            kind = 'lazy'
        elif src.match('+'):
            kind = 'possessive'
        else:
            kind = 'greedy'
        return ('rep', lo, hi, kind, prev)

    # --- groups and extensions ----------------------------------------------
    def parse_paren(self, flags, here, items):
        src = self.src
        gid = None
        name = None
        if src.match('?'):
            c = src.get()
            if c is None:
                raise src.error('unexpected end of pattern')
            if c == ':':
                return self.finish_group(None, flags, here), flags
            if c == 'P':
                if src.match('<'):
                    name = src.getuntil('>', 'group name')
                    self.checkgroupname(name, 1)
                elif src.match('='):
                    name = src.getuntil(')', 'group name')
                    self.checkgroupname(name, 1)
                    gid = self.groupdict.get(name)
                    if gid is None:
                        raise src.error('unknown group name %r' % name, len(name) + 1)
                    if gid in self.open_groups:
                        raise src.error('cannot refer to an open group', len(name) + 1)
                    return ('backref', gid, bool(flags & SRE_FLAG_IGNORECASE)), flags
                else:
                    c = src.get()
                    if c is None:
                        raise src.error('unexpected end of pattern')
                    raise src.error('unknown extension ?P' + c, len(c) + 2)
            elif c == '#':
                while True:
                    c = src.get()
                    if c is None:
                        raise error('missing ), unterminated comment', self.pattern, here)
                    if c == ')':
                        return None, flags
            elif c in '=!<':
                behind = False
                if c == '<':
                    c = src.get()
                    if c is None:
                        raise src.error('unexpected end of pattern')
                    if c not in '=!':
                        raise src.error('unknown extension ?<' + c, len(c) + 2)
                    behind = True
                negative = c == '!'
                node = self.parse_alt(flags, True)
                if not src.match(')'):
                    raise error('missing ), unterminated subpattern', self.pattern, here)
                width = None
                if behind:
                    lo, hi = _width(node)
                    if lo != hi:
                        raise error('look-behind requires fixed-width pattern')
                    width = lo
                return ('look', behind, negative, node, width), flags
            elif c == '(':
                cond = src.getuntil(')', 'group name')
                if cond.isidentifier():
                    cgid = self.groupdict.get(cond)
                    if cgid is None:
                        raise src.error('unknown group name %r' % cond, len(cond) + 1)
                else:
                    try:
                        cgid = int(cond)
                        if cgid < 0 or not cond.isdigit():
                            raise ValueError
                    except ValueError:
                        raise src.error('bad character in group name %r' % cond, len(cond) + 1) from None
                    if not cgid:
                        raise src.error('bad group number', len(cond) + 1)
                    if cgid >= MAXGROUPS:
                        raise src.error('invalid group reference %d' % cgid, len(cond) + 1)
                    if cgid not in self.open_groups and cgid >= self.groups:
                        raise src.error('invalid group reference %d' % cgid, len(cond) + 1)
                yes = self.parse_seq(flags, True)
                no = None
                if src.match('|'):
                    no = self.parse_seq(flags, True)
                    if src.peek() == '|':
                        raise src.error('conditional backref with more than two branches')
                if not src.match(')'):
                    raise error('missing ), unterminated subpattern', self.pattern, here)
                return ('cond', cgid, yes, no), flags
            elif c == '>':
                node = self.parse_alt(flags, True)
                if not src.match(')'):
                    raise error('missing ), unterminated subpattern', self.pattern, here)
                return ('atomic', node), flags
            elif c in 'aiLmsux-':
                return self.parse_flags(c, flags, here, items)
            else:
                raise src.error('unknown extension ?' + c, len(c) + 1)
        gid = self.opengroup(name, 1)
        return self.finish_group(gid, flags, here), flags

    def finish_group(self, gid, flags, here):
        node = self.parse_alt(flags, True)
        if not self.src.match(')'):
            raise error('missing ), unterminated subpattern', self.pattern, here)
        if gid is not None:
            self.open_groups.discard(gid)
        return ('group', gid, node)

    def parse_flags(self, c, flags, here, items):
        src = self.src
        add = 0
        remove = 0
        if c != '-':
            while True:
                flag = _FLAG_LETTERS[c]
                if flag & _TYPE_FLAGS and add & _TYPE_FLAGS:
                    raise src.error('bad inline flags: flags %r, %r, and %r are incompatible' % ('a', 'L', 'u'))
                add |= flag
                c = src.get()
                if c is None:
                    raise src.error('missing -, : or )')
                if c in ')-:':
                    break
                if c not in _FLAG_LETTERS:
                    msg = 'unknown flag' if c.isalpha() else 'missing -, : or )'
                    raise src.error(msg, len(c))
        if c == ')':
            # global flags: only at the very start of the pattern
            if here != 0 and not (self.flags & SRE_FLAG_VERBOSE and not any(items)):
                raise error('global flags not at the start of the expression', self.pattern, here)
            if add & SRE_FLAG_LOCALE:
                raise src.error('bad inline flags: cannot use \'L\' flag with a str pattern')
            self.flags |= add
            return None, flags | add
        if add & _GLOBAL_ONLY:
            raise src.error('bad inline flags: cannot turn on global flag', 1)
        if c == '-':
            c = src.get()
            if c is None:
                raise src.error('missing flag')
            if c not in _FLAG_LETTERS:
                msg = 'unknown flag' if c.isalpha() else 'missing flag'
                raise src.error(msg, len(c))
            while True:
                flag = _FLAG_LETTERS[c]
                if flag & _TYPE_FLAGS:
                    raise src.error('bad inline flags: cannot turn off flags \'a\', \'u\' and \'L\'')
                remove |= flag
                c = src.get()
                if c is None:
                    raise src.error('missing :')
                if c == ':':
                    break
                if c not in _FLAG_LETTERS:
                    msg = 'unknown flag' if c.isalpha() else 'missing :'
                    raise src.error(msg, len(c))
        if add & remove:
            raise src.error('bad inline flags: flag turned on and off', 1)
        sub_flags = (flags | add) & ~remove
        return self.finish_group(None, sub_flags, here), flags

    # --- escapes ---------------------------------------------------------
    def parse_escape(self, flags, here):
        src = self.src
        c = src.get()
        icase = bool(flags & SRE_FLAG_IGNORECASE)
        if c is None:
            raise error('bad escape (end of pattern)', self.pattern, here)
        if c in _CATEGORIES:
            return ('set', _category_test(c, flags))
        if c in _AT_ESCAPES:
            return ('at', c, flags)
        if c in _DIGITS:
            # octal escape or backreference
            if c == '0':
                value = c
                for _ in range(2):
                    if src.peek() is not None and src.peek() in _OCTDIGITS:
                        value += src.get()
                return ('lit', chr(int(value, 8)), icase)
            value = c
            if src.peek() is not None and src.peek() in _DIGITS:
                value += src.get()
                if (value[0] in _OCTDIGITS and value[1] in _OCTDIGITS and src.peek() is not None
                        and src.peek() in _OCTDIGITS):
                    value += src.get()
                    code = int(value, 8)
                    if code > 0o377:
                        raise error('octal escape value \\%s outside of range 0-0o377' % value,
                                    self.pattern, here)
                    return ('lit', chr(code), icase)
            gid = int(value)
            if gid < self.groups:
                if gid in self.open_groups:
                    raise error('cannot refer to an open group', self.pattern, here)
                return ('backref', gid, icase)
            raise error('invalid group reference %d' % gid, self.pattern, here + 1)
        return ('lit', self.escape_char(c, here, False), icase)

    def escape_char(self, c, here, in_class):
        src = self.src
        if c in _SIMPLE_ESCAPES:
            if c == 'b' and not in_class:
                return None
            return _SIMPLE_ESCAPES[c]
        if c == 'x':
            digits = ''
            while len(digits) < 2 and src.peek() is not None and src.peek() in _HEXDIGITS:
                digits += src.get()
            if len(digits) != 2:
                raise error('incomplete escape \\x' + digits, self.pattern, here)
            return chr(int(digits, 16))
        if c in 'uU':
            size = 4 if c == 'u' else 8
            digits = ''
            while len(digits) < size and src.peek() is not None and src.peek() in _HEXDIGITS:
                digits += src.get()
            if len(digits) != size:
                raise error('incomplete escape \\%s%s' % (c, digits), self.pattern, here)
            code = int(digits, 16)
            if code > 0x10ffff:
                raise error('bad escape \\%s%s' % (c, digits), self.pattern, here)
            return chr(code)
        if c == 'N':
            raise _unsupported('\\N{...} (named Unicode character escape)', self.pattern, here)
        if c == '0' and in_class:
            value = c
            for _ in range(2):
                if src.peek() is not None and src.peek() in _OCTDIGITS:
                    value += src.get()
            return chr(int(value, 8))
        if c in _OCTDIGITS and in_class:
            value = c
            for _ in range(2):
                if src.peek() is not None and src.peek() in _OCTDIGITS:
                    value += src.get()
            code = int(value, 8)
            if code > 0o377:
                raise error('octal escape value \\%s outside of range 0-0o377' % value, self.pattern, here)
            return chr(code)
        if c in _DIGITS and in_class:
            raise error('bad escape \\' + c, self.pattern, here)
        if c in _ASCIILETTERS:
            raise error('bad escape \\' + c, self.pattern, here)
        return c

    # --- character classes --------------------------------------------------
    def parse_class(self, flags, here):
        src = self.src
        negate = src.match('^')
        chars = []
        ranges = []
        tests = []
        first = True
        while True:
            this = src.index
            c = src.get()
            if c is None:
                raise error('unterminated character set', self.pattern, here)
            if c == ']' and not first:
                break
            first = False
            if c == '[' and src.peek() == ':' and False:
                pass
            lo = None
            lo_text = c
            if c == '\\':
                e = src.get()
                if e is None:
                    raise error('unterminated character set', self.pattern, here)
                lo_text = '\\' + e
                if e in _CATEGORIES:
                    cat = _category_test(e, flags)
                    if src.peek() == '-' and src.pattern[src.index + 1:src.index + 2] not in (']', ''):
                        src.get()
                        hi_c = src.get()
                        hi_text = hi_c
                        if hi_c == '\\':
                            hi_text += src.get() or ''
                        raise error('bad character range %s-%s' % (lo_text, hi_text), self.pattern, this)
                    tests.append(cat)
                    continue
                lo = self.escape_char(e, this, True)
            else:
                lo = c
            if src.peek() == '-':
                src.get()
                hc = src.get()
                if hc is None:
                    raise error('unterminated character set', self.pattern, here)
                if hc == ']':
                    chars.append(lo)
                    chars.append('-')
                    break
                hi_text = hc
                if hc == '\\':
                    e = src.get()
                    if e is None:
                        raise error('unterminated character set', self.pattern, here)
                    hi_text = '\\' + e
                    if e in _CATEGORIES:
                        raise error('bad character range %s-%s' % (lo_text, hi_text), self.pattern, this)
                    hi = self.escape_char(e, src.index - 2, True)
                else:
                    hi = hc
                if ord(hi) < ord(lo):
                    raise error('bad character range %s-%s' % (lo_text, hi_text), self.pattern, this)
                ranges.append((lo, hi))
            else:
                chars.append(lo)
        return _class_test(frozenset(chars), ranges, tests, negate, bool(flags & SRE_FLAG_IGNORECASE))


def _merge_literals(items):
    out = []
    for item in items:
        if item[0] == 'lit' and out and out[-1][0] == 'lit' and out[-1][2] == item[2]:
            out[-1] = ('lit', out[-1][1] + item[1], item[2])
        else:
            out.append(item)
    if len(out) == 1:
        return out[0]
    return ('seq', out)


def _width(node):
    """(min, max) characters a node can match; max is None when unbounded."""
    kind = node[0]
    if kind == 'lit':
        return len(node[1]), len(node[1])
    if kind in ('any', 'set'):
        return 1, 1
    if kind in ('at', 'look'):
        return 0, 0
    if kind in ('group', 'atomic'):
        return _width(node[-1])
    if kind == 'seq':
        lo = hi = 0
        for n in node[1]:
            a, b = _width(n)
            lo += a
            hi = None if hi is None or b is None else hi + b
        return lo, hi
    if kind == 'alt':
        ws = [_width(n) for n in node[1]]
        lo = min(w[0] for w in ws)
        hi = None if any(w[1] is None for w in ws) else max(w[1] for w in ws)
        return lo, hi
    if kind == 'rep':
        a, b = _width(node[4])
        hi = None if b is None or node[2] == MAXREPEAT else b * node[2]
        return a * node[1], hi
    if kind == 'cond':
        a = _width(node[2])
        b = _width(node[3]) if node[3] is not None else (0, 0)
        return min(a[0], b[0]), (None if a[1] is None or b[1] is None else max(a[1], b[1]))
    return 0, None  # backref


# --- character tests --------------------------------------------------------

def _is_word_unicode(c):
    return c.isalnum() or c == '_'


def _is_word_ascii(c):
    return c.isascii() and (c.isalnum() or c == '_')


def _category_test(letter, flags):
    ascii_only = flags & SRE_FLAG_ASCII
    low = letter.lower()
    if low == 'd':
        base = (lambda c: '0' <= c <= '9') if ascii_only else (lambda c: c.isdecimal())
    elif low == 's':
        base = (lambda c: c in ' \t\n\r\f\v') if ascii_only else (lambda c: c.isspace())
    else:
        base = _is_word_ascii if ascii_only else _is_word_unicode
    if letter.isupper():
        return lambda c: not base(c)
    return base


def _class_test(chars, ranges, tests, negate, icase):
    if icase:
        chars = frozenset(list(chars) + [c.lower() for c in chars] + [c.upper() for c in chars])

    def member(c):
        if c in chars:
            return True
        for lo, hi in ranges:
            if lo <= c <= hi:
                return True
        for t in tests:
            if t(c):
                return True
        return False

    if icase and ranges:
        def test(c):
            return member(c) or member(c.lower()) or member(c.upper())
    elif not ranges and not tests:
        test = chars.__contains__
    else:
        test = member
    if negate:
        return lambda c: not test(c)
    return test


def parse(pattern, flags):
    """Returns (node, flags, groups, groupindex)."""
    p = _Parser(pattern, flags)
    node = p.parse_alt(flags, False)
    flags = p.flags
    if not flags & SRE_FLAG_ASCII and isinstance(pattern, str):
        flags |= SRE_FLAG_UNICODE
    if flags & SRE_FLAG_VERBOSE and not p.flags & SRE_FLAG_VERBOSE:
        pass
    return node, flags, p.groups - 1, dict(p.groupdict)


# ============================================================================
# Matching
# ============================================================================

class State:
    __slots__ = ('s', 'n', 'marks', 'lastindex', 'end')

    def __init__(self, s, n, groups):
        self.s = s
        self.n = n
        self.marks = [-1] * (2 * groups + 2)
        self.lastindex = None
        self.end = -1


def build(node):
    """Returns f(st, i, k) matching node at i, calling k(j) for each end j."""
    kind = node[0]
    if kind == 'lit':
        text = node[1]
        size = len(text)
        if node[2]:
            low = text.lower()

            def m_lit_i(st, i, k):
                j = i + size
                if j <= st.n and st.s[i:j].lower() == low:
                    return k(j)
                return False
            return m_lit_i
        if size == 1:
            def m_char(st, i, k):
                if i < st.n and st.s[i] == text:
                    return k(i + 1)
                return False
            return m_char

        def m_lit(st, i, k):
            j = i + size
            if j <= st.n and st.s.startswith(text, i):
                return k(j)
            return False
        return m_lit
    if kind in ('any', 'set'):
        test = _single_test(node)

        def m_one(st, i, k):
            if i < st.n and test(st.s[i]):
                return k(i + 1)
            return False
        return m_one
    if kind == 'at':
        return _build_at(node[1], node[2])
    if kind == 'seq':
        parts = [build(n) for n in node[1]]
        if not parts:
            return lambda st, i, k: k(i)
        return _chain(parts)
    if kind == 'alt':
        options = [build(n) for n in node[1]]

        def m_alt(st, i, k):
            for f in options:
                if f(st, i, k):
                    return True
            return False
        return m_alt
    if kind == 'group':
        inner = build(node[2])
        gid = node[1]
        if gid is None:
            return inner
        a = 2 * gid
        b = a + 1

        def m_group(st, i, k):
            def close(j):
                marks = st.marks
                old_a, old_b, old_last = marks[a], marks[b], st.lastindex
                marks[a] = i
                marks[b] = j
                st.lastindex = gid
                if k(j):
                    return True
                marks[a] = old_a
                marks[b] = old_b
                st.lastindex = old_last
                return False
            return inner(st, i, close)
        return m_group
    if kind == 'rep':
        return _build_repeat(node)
    if kind == 'backref':
        a = 2 * node[1]
        icase = node[2]

        def m_backref(st, i, k):
            start = st.marks[a]
            end = st.marks[a + 1]
            if start < 0 or end < 0:
                return False
            text = st.s[start:end]
            j = i + len(text)
            if j > st.n:
                return False
            if icase:
                ok = st.s[i:j].lower() == text.lower()
            else:
                ok = st.s.startswith(text, i)
            return k(j) if ok else False
        return m_backref
    if kind == 'look':
        behind, negative, inner_node, width = node[1], node[2], node[3], node[4]
        inner = build(inner_node)

        def m_look(st, i, k):
            if behind:
                start = i - width
                if start < 0:
                    found = False
                else:
                    saved_n = st.n
                    st.n = i
                    try:
                        found = inner(st, start, lambda j: j == i)
                    finally:
                        st.n = saved_n
            else:
                found = inner(st, i, _accept)
            if found != negative:
                return k(i)
            return False
        return m_look
    if kind == 'atomic':
        inner = build(node[1])

        def m_atomic(st, i, k):
            ends = []
            if inner(st, i, lambda j: ends.append(j) or True):
                return k(ends[0])
            return False
        return m_atomic
    if kind == 'cond':
        a = 2 * node[1]
        yes = build(node[2])
        no = build(node[3]) if node[3] is not None else (lambda st, i, k: k(i))

        def m_cond(st, i, k):
            if st.marks[a] >= 0 and st.marks[a + 1] >= 0:
                return yes(st, i, k)
            return no(st, i, k)
        return m_cond
    raise error('internal: unknown node ' + kind)


def _accept(j):
    return True


def _chain(parts):
    # Right fold: each part continues into the rest of the sequence.
    f = parts[-1]
    for g in reversed(parts[:-1]):
        f = _then(g, f)
    return f


def _then(first, rest):
    def m_seq(st, i, k):
        return first(st, i, lambda j: rest(st, j, k))
    return m_seq


def _single_test(node):
    if node[0] == 'set':
        return node[1]
    if node[0] == 'any':
        if node[1]:
            return lambda c: True
        return lambda c: c != '\n'
    text, icase = node[1], node[2]
    if icase:
        low = text.lower()
        return lambda c: c.lower() == low
    return lambda c: c == text


def _build_at(kind, flags):
    multiline = flags & SRE_FLAG_MULTILINE
    if kind == '^':
        if multiline:
            def m_bol_m(st, i, k):
                if i == 0 or st.s[i - 1] == '\n':
                    return k(i)
                return False
            return m_bol_m

        def m_bol(st, i, k):
            return k(i) if i == 0 else False
        return m_bol
    if kind == '$':
        if multiline:
            def m_eol_m(st, i, k):
                if i == st.n or st.s[i] == '\n':
                    return k(i)
                return False
            return m_eol_m

        def m_eol(st, i, k):
            if i == st.n or (i == st.n - 1 and st.s[i] == '\n'):
                return k(i)
            return False
        return m_eol
    if kind == 'A':
        return lambda st, i, k: k(i) if i == 0 else False
    if kind == 'Z':
        return lambda st, i, k: k(i) if i == st.n else False
    isword = _is_word_ascii if flags & SRE_FLAG_ASCII else _is_word_unicode
    want = kind == 'b'

    def m_boundary(st, i, k):
        s = st.s
        before = i > 0 and isword(s[i - 1])
        after = i < st.n and isword(s[i])
        if (before != after) == want:
            if kind == 'B' and st.n == 0:
                return False
            return k(i)
        return False
    return m_boundary


def _build_repeat(node):
    lo, hi, mode, item = node[1], node[2], node[3], node[4]
    unbounded = hi == MAXREPEAT
    if item[0] in ('any', 'set') or (item[0] == 'lit' and len(item[1]) == 1):
        test = _single_test(item)
        greedy = mode != 'lazy'
        possessive = mode == 'possessive'

        def m_rep_single(st, i, k):
            s = st.s
            limit = st.n if unbounded else min(st.n, i + hi)
            if greedy:
                j = i
                while j < limit and test(s[j]):
                    j += 1
                if j - i < lo:
                    return False
                if possessive:
                    return k(j)
                least = i + lo
                while j >= least:
                    if k(j):
                        return True
                    j -= 1
                return False
            j = i
            while j < i + lo:
                if j >= limit or not test(s[j]):
                    return False
                j += 1
            while True:
                if k(j):
                    return True
                if j >= limit or not test(s[j]):
                    return False
                j += 1
        return m_rep_single
    inner = build(item)

    if mode == 'lazy':
        def m_rep_lazy(st, i, k):
            def attempt(count, i):
                if count >= lo and k(i):
                    return True
                if unbounded or count < hi:
                    def more(j):
                        if j == i and count + 1 >= lo:
                            return k(j)  # an empty iteration ends the loop (as _sre)
                        return attempt(count + 1, j)
                    return inner(st, i, more)
                return False
            return attempt(0, i)
        return m_rep_lazy

    def m_rep(st, i, k):
        def attempt(count, i):
            if unbounded or count < hi:
                def more(j):
                    if j == i and count + 1 >= lo:
                        return k(j)  # an empty iteration ends the loop (as _sre)
                    return attempt(count + 1, j)
                if inner(st, i, more):
                    return True
            if count >= lo:
                return k(i)
            return False
        return attempt(0, i)
    if mode == 'possessive':
        def m_rep_possessive(st, i, k):
            ends = []
            if m_rep(st, i, lambda j: ends.append(j) or True):
                return k(ends[0])
            return False
        return m_rep_possessive
    return m_rep


def literal_prefix(node, flags):
    """The literal text every match starts with ('' if none), for fast search."""
    if node[0] == 'lit' and not node[2]:
        return node[1]
    if node[0] == 'seq' and node[1] and node[1][0][0] == 'lit' and not node[1][0][2]:
        return node[1][0][1]
    if node[0] == 'group' and node[1] is None:
        return literal_prefix(node[2], flags)
    return ''
