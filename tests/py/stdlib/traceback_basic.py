# traceback: format_exc, format_exception, chaining, format_exception_only
import traceback, os

def clean(text):
    # Tracebacks name the script by its absolute path (a temp dir) and, in
    # CPython 3.11, add ~~^~~ position markers (not compared here).
    out = []
    for line in text.splitlines(True):
        if line.strip() and set(line.strip()) <= set('~^'):
            continue
        out.append(line.replace(os.getcwd() + os.sep, ''))
    return ''.join(out)

def inner():
    return 1 / 0
def outer():
    inner()

try:
    outer()
except ZeroDivisionError:
    text = traceback.format_exc()
print(clean(text), end='')

try:
    try:
        {}['k']
    except KeyError as e:
        raise ValueError('bad value') from e
except ValueError as e:
    lines = traceback.format_exception(e)
print(clean(''.join(lines)), end='')

try:
    try:
        raise TypeError('first')
    except TypeError:
        raise RuntimeError('second')
except RuntimeError as e:
    print(clean(''.join(traceback.format_exception(type(e), e, e.__traceback__))), end='')
    print(traceback.format_exception_only(e))
    print(len(traceback.extract_tb(e.__traceback__)), [fs.name for fs in traceback.extract_tb(e.__traceback__)])

class MyErr(Exception):
    pass
print(traceback.format_exception_only(MyErr('m')), traceback.format_exception_only(ValueError()))

def rec(n):
    if n == 0:
        raise OverflowError('deep')
    rec(n - 1)
try:
    rec(6)
except OverflowError as e:
    print(clean(''.join(traceback.format_tb(e.__traceback__))), end='')
try:
    raise KeyError('x')
except KeyError:
    print('--', traceback.format_exc().splitlines()[-1])
