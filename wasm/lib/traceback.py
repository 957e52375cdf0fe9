"""Extract, format and print information about Python stack traces
(the core of CPython's Lib/traceback.py).

Frames come from exception tracebacks: each traceback entry gives
tb_lineno and its code object (tb_frame.f_code in CPython, tb_code in
Interleave).  Source lines are read from the file when it exists (the main
program runs from a real file).  Deviations: no `~~~^^^` position markers
(code objects carry no column table), and extract_stack()/print_stack()
need sys._getframe (they return an empty stack without it).
"""

import sys

__all__ = ['extract_stack', 'extract_tb', 'format_exception',
           'format_exception_only', 'format_list', 'format_stack',
           'format_tb', 'print_exc', 'format_exc', 'print_exception',
           'print_last', 'print_stack', 'print_tb', 'clear_frames',
           'FrameSummary', 'StackSummary', 'TracebackException',
           'walk_stack', 'walk_tb']

_RECURSIVE_CUTOFF = 3   # CPython shows a repeated line 3 times, then a count
_sentinel = object()
_source_cache = {}


def _getline(filename, lineno):
    # linecache.getline without linecache: the stripped source line or ''.
    lines = _source_cache.get(filename)
    if lines is None:
        try:
            with open(filename, encoding='utf-8') as f:
                lines = f.read().split('\n')
        except Exception:
            lines = []
        _source_cache[filename] = lines
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ''


def _code_of(tb):
    frame = getattr(tb, 'tb_frame', None)
    if frame is not None:
        return frame.f_code
    return tb.tb_code


class FrameSummary:
    """Information about a single frame from a traceback."""

    __slots__ = ('filename', 'lineno', 'end_lineno', 'colno', 'end_colno',
                 'name', '_line', 'locals')

    def __init__(self, filename, lineno, name, *, lookup_line=True,
                 locals=None, line=None,
                 end_lineno=None, colno=None, end_colno=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self._line = line
        if lookup_line:
            self.line
        self.locals = {k: repr(v) for k, v in locals.items()} if locals else None
        self.end_lineno = end_lineno
        self.colno = colno
        self.end_colno = end_colno

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and
                    self.lineno == other.lineno and
                    self.name == other.name and
                    self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __repr__(self):
        return "<FrameSummary file {filename}, line {lineno} in {name}>".format(
            filename=self.filename, lineno=self.lineno, name=self.name)

    def __len__(self):
        return 4

    @property
    def _original_line(self):
        self.line
        return self._line

    @property
    def line(self):
        if self._line is None:
            if self.lineno is None:
                return None
            self._line = _getline(self.filename, self.lineno)
        return self._line.strip()


def walk_tb(tb):
    """Walk a traceback yielding the frame (code, here) and line number for each frame."""
    while tb is not None:
        yield _code_of(tb), tb.tb_lineno
        tb = tb.tb_next


def walk_stack(f):
    """Walk a stack yielding the frame and line number for each frame."""
    if f is None:
        try:
            f = sys._getframe().f_back.f_back.f_back
        except AttributeError:
            return
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


class StackSummary(list):
    """A list of FrameSummary objects, representing a stack of frames."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True, capture_locals=False):
        result = klass()
        for f, lineno in frame_gen:
            code = getattr(f, 'f_code', f)
            result.append(FrameSummary(code.co_filename, lineno, code.co_name,
                                       lookup_line=lookup_lines))
        if limit is not None:
            if limit >= 0:
                result = klass(result[:limit])
            else:
                result = klass(result[limit:])
        return result

    @classmethod
    def from_list(klass, a_list):
        result = StackSummary()
        for frame in a_list:
            if isinstance(frame, FrameSummary):
                result.append(frame)
            else:
                filename, lineno, name, line = frame
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format_frame_summary(self, frame_summary):
        row = ['  File "{}", line {}, in {}\n'.format(
            frame_summary.filename, frame_summary.lineno, frame_summary.name)]
        if frame_summary.line:
            row.append('    {}\n'.format(frame_summary.line.strip()))
        if frame_summary.locals:
            for name, value in sorted(frame_summary.locals.items()):
                row.append('    {name} = {value}\n'.format(name=name, value=value))
        return ''.join(row)

    def format(self):
        result = []
        last_file = None
        last_line = None
        last_name = None
        count = 0
        for frame_summary in self:
            formatted_frame = self.format_frame_summary(frame_summary)
            if formatted_frame is None:
                continue
            if (last_file is None or last_file != frame_summary.filename or
                last_line is None or last_line != frame_summary.lineno or
                last_name is None or last_name != frame_summary.name):
                if count > _RECURSIVE_CUTOFF:
                    count -= _RECURSIVE_CUTOFF
                    result.append(
                        f'  [Previous line repeated {count} more '
                        f'time{"s" if count > 1 else ""}]\n'
                    )
                last_file = frame_summary.filename
                last_line = frame_summary.lineno
                last_name = frame_summary.name
                count = 0
            count += 1
            if count > _RECURSIVE_CUTOFF:
                continue
            result.append(formatted_frame)
        if count > _RECURSIVE_CUTOFF:
            count -= _RECURSIVE_CUTOFF
            result.append(
                f'  [Previous line repeated {count} more '
                f'time{"s" if count > 1 else ""}]\n'
            )
        return result


def extract_tb(tb, limit=None):
    """Return a StackSummary object representing a list of pre-processed entries from a traceback."""
    return StackSummary.extract(walk_tb(tb), limit=limit)


def format_list(extracted_list):
    """Format a list of tuples or FrameSummary objects for printing."""
    return StackSummary.from_list(extracted_list).format()


def format_tb(tb, limit=None):
    """A shorthand for 'format_list(extract_tb(tb, limit))'."""
    return extract_tb(tb, limit=limit).format()


def print_tb(tb, limit=None, file=None):
    """Print up to 'limit' stack trace entries from the traceback 'tb'."""
    print_list(extract_tb(tb, limit=limit), file=file)


def print_list(extracted_list, file=None):
    """Print the list of tuples as returned by extract_tb() or extract_stack() as a formatted stack trace to the given file."""
    if file is None:
        file = sys.stderr
    for item in StackSummary.from_list(extracted_list).format():
        print(item, file=file, end="")


def _exc_name(etype):
    stype = getattr(etype, '__qualname__', None) or etype.__name__
    smod = getattr(etype, '__module__', None)
    if smod not in ("__main__", "builtins", None):
        if not isinstance(smod, str):
            smod = "<unknown>"
        stype = smod + '.' + stype
    return stype


def _safe_str(value):
    try:
        return str(value)
    except Exception:
        return '<exception str() failed>'


def _format_exception_only(etype, value):
    if etype is None:
        return [_format_final_exc_line(etype, value)]
    stype = _exc_name(etype)
    if not issubclass(etype, SyntaxError):
        lines = [_format_final_exc_line(stype, value)]
    else:
        lines = _format_syntax_error(stype, value)
    notes = getattr(value, '__notes__', None)
    if notes is not None:
        if isinstance(notes, (list, tuple)):
            for note in notes:
                lines.append(_safe_str(note) + '\n')
        else:
            lines.append(repr(notes) + '\n')
    return lines


def _format_final_exc_line(etype, value):
    valuestr = _safe_str(value)
    if value is None or not valuestr:
        line = "%s\n" % etype
    else:
        line = "%s: %s\n" % (etype, valuestr)
    return line


def _format_syntax_error(stype, value):
    lines = []
    filename_suffix = ''
    lineno = getattr(value, 'lineno', None)
    filename = getattr(value, 'filename', None)
    if lineno is not None:
        lines.append('  File "{}", line {}\n'.format(filename or "<string>", lineno))
    elif filename is not None:
        filename_suffix = ' ({})'.format(filename)
    text = getattr(value, 'text', None)
    if text is not None:
        rtext = text.rstrip('\n')
        ltext = rtext.lstrip(' \n\f')
        spaces = len(rtext) - len(ltext)
        lines.append('    {}\n'.format(ltext))
        offset = getattr(value, 'offset', None)
        if offset is not None:
            end_offset = getattr(value, 'end_offset', None)
            if end_offset is None or end_offset == 0:
                end_offset = offset
            colno = offset - 1 - spaces
            end_colno = end_offset - 1 - spaces
            if colno >= 0:
                caretspace = ''.join(c if c.isspace() else ' ' for c in ltext[:colno])
                lines.append('    {}{}\n'.format(caretspace, '^' * max(end_colno - colno, 1)))
    msg = getattr(value, 'msg', None) or "<no detail available>"
    lines.append("{}: {}{}\n".format(stype, msg, filename_suffix))
    return lines


def _parse_value_tb(exc, value, tb):
    if (value is _sentinel) != (tb is _sentinel):
        raise ValueError("Both or neither of value and tb must be given")
    if value is tb is _sentinel:
        if exc is not None:
            if isinstance(exc, BaseException):
                return exc, exc.__traceback__
            raise TypeError(f'Exception expected for value, '
                            f'{type(exc).__name__} found')
        else:
            return None, None
    return value, tb


def _format_chain(value, tb, limit, chain, seen):
    # Lines for `value` preceded by its cause/context, like CPython.
    lines = []
    if value is not None and id(value) in seen:
        return lines
    if value is not None:
        seen.add(id(value))
    if chain and value is not None:
        cause = value.__cause__
        context = value.__context__
        if cause is not None and id(cause) not in seen:
            lines.extend(_format_chain(cause, cause.__traceback__, limit, chain, seen))
            lines.append('\nThe above exception was the direct cause '
                         'of the following exception:\n\n')
        elif (context is not None and not value.__suppress_context__ and
              id(context) not in seen):
            lines.extend(_format_chain(context, context.__traceback__, limit, chain, seen))
            lines.append('\nDuring handling of the above exception, '
                         'another exception occurred:\n\n')
    if tb is not None:
        lines.append('Traceback (most recent call last):\n')
        lines.extend(extract_tb(tb, limit=limit).format())
    lines.extend(_format_exception_only(type(value) if value is not None else None, value))
    return lines


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    """Format a stack trace and the exception information (a list of strings, each ending in a newline)."""
    value, tb = _parse_value_tb(exc, value, tb)
    return _format_chain(value, tb, limit, chain, set())


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, file=None, chain=True):
    """Print exception up to 'limit' stack trace entries from 'tb' to 'file'."""
    if file is None:
        file = sys.stderr
    for line in format_exception(exc, value, tb, limit=limit, chain=chain):
        print(line, file=file, end="")


def format_exception_only(exc, /, value=_sentinel):
    """Format the exception part of a traceback."""
    if value is _sentinel:
        value = exc
    if value is None:
        return ['NoneType: None\n']
    return _format_exception_only(type(value), value)


def print_exc(limit=None, file=None, chain=True):
    """Shorthand for 'print_exception(sys.exception(), limit, file, chain)'."""
    print_exception(*sys.exc_info(), limit=limit, file=file, chain=chain)


def format_exc(limit=None, chain=True):
    """Like print_exc() but return a string."""
    return "".join(format_exception(*sys.exc_info(), limit=limit, chain=chain))


def print_last(limit=None, file=None, chain=True):
    """This is a shorthand for 'print_exception(sys.last_type, sys.last_value, sys.last_traceback, limit, file)'."""
    if not hasattr(sys, "last_type"):
        raise ValueError("no last exception")
    print_exception(sys.last_type, sys.last_value, sys.last_traceback, limit, file, chain)


def _stack_frames(f, skip):
    if f is None:
        try:
            f = sys._getframe(skip)
        except (AttributeError, ValueError):
            return []
    frames = []
    while f is not None:
        frames.append((f, f.f_lineno))
        f = f.f_back
    frames.reverse()
    return frames


def extract_stack(f=None, limit=None):
    """Extract the raw traceback from the current stack frame."""
    stack = StackSummary.extract(_stack_frames(f, 2))
    if limit is not None:
        stack = StackSummary(stack[-limit:] if limit >= 0 else stack[:-limit])
    return stack


def format_stack(f=None, limit=None):
    """Shorthand for 'format_list(extract_stack(f, limit))'."""
    stack = StackSummary.extract(_stack_frames(f, 2))
    if limit is not None:
        stack = StackSummary(stack[-limit:] if limit >= 0 else stack[:-limit])
    return stack.format()


def print_stack(f=None, limit=None, file=None):
    """Print a stack trace from its invocation point."""
    stack = StackSummary.extract(_stack_frames(f, 2))
    if limit is not None:
        stack = StackSummary(stack[-limit:] if limit >= 0 else stack[:-limit])
    print_list(stack, file=file)


def clear_frames(tb):
    "Clear all references to local variables in the frames of a traceback."
    pass


class TracebackException:
    """An exception ready for rendering (a reduced form of CPython's)."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None,
                 lookup_lines=True, capture_locals=False, compact=False,
                 max_group_width=15, max_group_depth=10, _seen=None):
        self.exc_type = exc_type
        self._value = exc_value
        self._tb = exc_traceback
        self._limit = limit
        self.stack = extract_tb(exc_traceback, limit=limit)
        self._str = _safe_str(exc_value)
        self.__cause__ = self.__context__ = None
        self.__suppress_context__ = exc_value.__suppress_context__ if exc_value is not None else False
        self.__notes__ = getattr(exc_value, '__notes__', None)
        if issubclass(exc_type, SyntaxError) if exc_type is not None else False:
            self.filename = exc_value.filename
            lno = exc_value.lineno
            self.lineno = str(lno) if lno is not None else None
            self.text = exc_value.text
            self.offset = exc_value.offset
            self.msg = exc_value.msg

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        """Create a TracebackException from an exception."""
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __str__(self):
        return self._str

    def format_exception_only(self):
        yield from _format_exception_only(self.exc_type, self._value)

    def format(self, *, chain=True):
        yield from _format_chain(self._value, self._tb, self._limit, chain, set())
