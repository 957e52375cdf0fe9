# logging: levels, the logger tree, handlers, formatters, filters, adapters.
import logging
import sys
import time

logging.basicConfig(stream=sys.stdout, level=logging.DEBUG,
                    format='%(levelname)-8s %(name)s %(funcName)s:%(lineno)d %(message)s')
logging.debug('debug %d', 1)
logging.info('info %s and %r', 'x', 'y')
logging.warning('dict args %(a)s/%(b)s', {'a': 1, 'b': 2})
log = logging.getLogger('app')
db = logging.getLogger('app.db')
deep = logging.getLogger('app.net.http')
print(db.parent.name, deep.parent.name, log.parent.name)
net = logging.getLogger('app.net')
print(deep.parent.name, net.parent.name, logging.getLogger('app.net.http') is deep)
print(repr(log), repr(logging.getLogger()), log.getEffectiveLevel())
db.setLevel('WARNING')
db.info('hidden')
db.warning('shown from db')
print(db.isEnabledFor(logging.INFO), db.getEffectiveLevel(), logging.getLevelName(db.level))

def work():
    log.error('in a function')
work()

# a handler of its own, a formatter with {-style, a filter
h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter('[{name}] {levelname}: {message}', style='{'))
h.addFilter(logging.Filter('app.net'))
log.addHandler(h)
net.info('net info (twice: own handler and root)')
log.info('app info (root only: the filter drops it)')
log.propagate = False
net.info('net again, not to root')
log.propagate = True
log.removeHandler(h)

# exceptions (their tracebacks to stderr)
err = logging.StreamHandler(sys.stderr)
err.setFormatter(logging.Formatter('%(levelname)s %(message)s'))
exc_log = logging.getLogger('exc')
exc_log.propagate = False
exc_log.addHandler(err)
log = exc_log
try:
    1 / 0
except ZeroDivisionError:
    log.exception('division failed')
log.error('with exc_info object', exc_info=ValueError('bad'))
log = logging.getLogger('app')

# extra and adapters
fmt = logging.Formatter('%(user)s|%(message)s')
h2 = logging.StreamHandler(sys.stdout)
h2.setFormatter(fmt)
ctx = logging.getLogger('ctx')
ctx.propagate = False
ctx.addHandler(h2)
ctx.warning('with extra', extra={'user': 'ada'})
adapter = logging.LoggerAdapter(ctx, {'user': 'bob'})
adapter.warning('from adapter %d', 5)
print(repr(adapter))
try:
    ctx.warning('x', extra={'message': 1})
except KeyError as e:
    print('KeyError', e)

# levels
print(logging.getLevelName(20), logging.getLevelName('ERROR'), logging.getLevelName(25))
logging.addLevelName(25, 'NOTICE')
log.log(25, 'custom level')
for bad in ('LOUD', 1.5):
    try:
        log.setLevel(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    log.log('INFO', 'x')
except TypeError as e:
    print('TypeError', e)

# formatTime with a fixed clock, $-style, defaults
r = logging.makeLogRecord({'msg': 'at epoch', 'created': 0.0, 'msecs': 7.0, 'levelname': 'INFO', 'name': 'clock'})
f = logging.Formatter('%(asctime)s %(message)s')
f.converter = time.gmtime
print(f.format(r))
f = logging.Formatter('%(asctime)s %(message)s', datefmt='%H:%M')
f.converter = time.gmtime
print(f.format(r))
print(logging.Formatter('$levelname ${message}', style='$').format(r))
print(logging.Formatter('%(message)s %(tag)s', defaults={'tag': 'T'}).format(r))
for bad in [('%(message)', '%'), ('no fields', '{'), ('{a!x}', '{'), ('plain', '$'), ('$a $', '$')]:
    try:
        logging.Formatter(bad[0], style=bad[1])
    except ValueError as e:
        print('ValueError', e)

logging.disable(logging.ERROR)
log.error('disabled')
log.critical('still shown')
logging.disable(logging.NOTSET)
print(logging.getLogger('app').hasHandlers(), logging.getLogger('ctx').getChild('sub').name)
