# warnings: format, once per location, filters, catch_warnings, error action
import warnings, sys, os

def show(message, category, filename, lineno, file=None, line=None):
    # The script's path is absolute (a temp dir): print its base name.
    print('WARN:', warnings.formatwarning(message, category, os.path.basename(filename), lineno, line), end='')
warnings.showwarning = show

def f(i):
    warnings.warn('careful %d' % (i % 2))
for i in range(4):
    f(i)
warnings.warn('dep', DeprecationWarning)
warnings.warn('pending', PendingDeprecationWarning)
warnings.warn(UserWarning('obj'))
warnings.warn('rt', RuntimeWarning, stacklevel=1)
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('always')
    f(1); f(1)
    warnings.warn('x', RuntimeWarning)
print([(str(w.message), w.category.__name__) for w in log])
warnings.simplefilter('error')
try:
    warnings.warn('boom', FutureWarning)
except FutureWarning as e:
    print('raised', e)
warnings.resetwarnings()
warnings.simplefilter('ignore', UserWarning)
warnings.warn('hidden')
print(warnings.formatwarning('m', UserWarning, 'file.py', 3, 'line text'), end='')
try:
    warnings.warn('x', int)
except TypeError as e:
    print('TypeError', e)
