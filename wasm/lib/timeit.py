"""timeit: time small pieces of code (CPython's API: Timer, timeit, repeat,
default_timer). The statement runs `number` times in a compiled loop inside a
function, so its names are fast locals as in CPython's template. Not
provided: the command-line interface (python -m timeit)."""

import itertools
import sys
import time

__all__ = ['Timer', 'timeit', 'repeat', 'default_timer']

dummy_src_name = '<timeit-src>'
default_number = 1000000
default_repeat = 5
default_timer = time.perf_counter

_globals = globals


def _reindent(src, indent):
    return src.replace('\n', '\n' + ' ' * indent)


class Timer:
    """Times `stmt` after running `setup` once: strings of code or callables."""

    def __init__(self, stmt='pass', setup='pass', timer=default_timer, globals=None):
        self.timer = timer
        local_ns = {}
        global_ns = _globals() if globals is None else globals
        init = ''
        if isinstance(setup, str):
            compile(setup, dummy_src_name, 'exec')  # a SyntaxError names the setup itself
            stmtprefix = setup + '\n'
            setup = _reindent(setup, 4)
        elif callable(setup):
            local_ns['_setup'] = setup
            init += ', _setup=_setup'
            stmtprefix = ''
            setup = '_setup()'
        else:
            raise ValueError('setup is neither a string nor callable')
        if isinstance(stmt, str):
            compile(stmtprefix + stmt, dummy_src_name, 'exec')
            stmt = _reindent(stmt, 8)
        elif callable(stmt):
            local_ns['_stmt'] = stmt
            init += ', _stmt=_stmt'
            stmt = '_stmt()'
        else:
            raise ValueError('stmt is neither a string nor callable')
        src = ('def inner(_it, _timer%s):\n'
               '    %s\n'
               '    _t0 = _timer()\n'
               '    for _i in _it:\n'
               '        %s\n'
               '        pass\n'
               '    _t1 = _timer()\n'
               '    return _t1 - _t0\n') % (init, setup, stmt)
        self.src = src
        code = compile(src, dummy_src_name, 'exec')
        exec(code, global_ns, local_ns)
        self.inner = local_ns['inner']

    def print_exc(self, file=None):
        import traceback
        traceback.print_exc(file=file)

    def timeit(self, number=default_number):
        """Seconds taken by `number` runs of the statement."""
        return self.inner(itertools.repeat(None, number), self.timer)

    def repeat(self, repeat=default_repeat, number=default_number):
        """timeit(number), `repeat` times: a list of seconds."""
        return [self.timeit(number) for _ in range(repeat)]

    def autorange(self, callback=None):
        """The smallest number of runs (1, 2, 5, 10, 20, 50, ...) taking at
        least 0.2 s: (number, seconds)."""
        i = 1
        while True:
            for j in 1, 2, 5:
                number = i * j
                time_taken = self.timeit(number)
                if callback:
                    callback(number, time_taken)
                if time_taken >= 0.2:
                    return (number, time_taken)
            i *= 10


def timeit(stmt='pass', setup='pass', timer=default_timer, number=default_number, globals=None):
    return Timer(stmt, setup, timer, globals).timeit(number)


def repeat(stmt='pass', setup='pass', timer=default_timer, repeat=default_repeat, number=default_number,
           globals=None):
    return Timer(stmt, setup, timer, globals).repeat(repeat, number)
