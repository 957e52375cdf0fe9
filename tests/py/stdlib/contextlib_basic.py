# contextlib: contextmanager, suppress, closing, nullcontext, ExitStack, redirect_stdout
from contextlib import contextmanager, suppress, closing, nullcontext, ExitStack, redirect_stdout, redirect_stderr
import sys

@contextmanager
def cm(x):
    print('enter', x)
    try:
        yield x * 2
    except ValueError as e:
        print('caught', e)
    finally:
        print('exit', x)

with cm(1) as v:
    print('v', v)
with cm(2):
    raise ValueError('boom')
try:
    with cm(3):
        raise KeyError('k')
except KeyError as e:
    print('propagated', e)
with suppress(ZeroDivisionError, KeyError):
    1 / 0
print('after suppress')

class Res:
    def close(self):
        print('closed')
with closing(Res()) as r:
    print(type(r).__name__)
with nullcontext(5) as n:
    print(n)

with ExitStack() as st:
    for i in range(3):
        st.enter_context(cm(i))
    st.callback(print, 'callback ran')
    print('body')

with ExitStack() as st:
    st.callback(print, 'not run')
    moved = st.pop_all()
moved.close()

@cm(9)
def decorated():
    print('in decorated')
decorated()

@contextmanager
def noyield():
    if False:
        yield
try:
    with noyield():
        pass
except RuntimeError as e:
    print('RuntimeError', e)

@contextmanager
def twice():
    yield 1
    yield 2
try:
    with twice():
        pass
except RuntimeError as e:
    print('RuntimeError', e)

class Sink:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
    def flush(self):
        pass
s = Sink()
with redirect_stdout(s):
    print('hidden', 1)
print(repr(''.join(s.parts)))
e = Sink()
with redirect_stderr(e):
    sys.stderr.write('err text\n')
print(repr(''.join(e.parts)))
