# With no configuration: a named logger's warnings go to stderr as the bare
# message (logging.lastResort); a module-level call configures the root
# logger first (LEVEL:name:message on stderr); INFO is below the default level.
import logging
import sys
log = logging.getLogger('lib')
log.info('not shown')
log.warning('last resort: %d', 1)
print(logging.root.handlers, file=sys.stdout)
logging.info('not shown either')
logging.warning('root configured now')
print(logging.root.handlers, logging.root.level, file=sys.stdout)
logging.basicConfig(level=logging.DEBUG)   # does nothing: root has a handler
print(logging.root.level)
logging.basicConfig(level=logging.DEBUG, stream=sys.stdout, format='%(message)s', force=True)
logging.debug('after force')
try:
    logging.basicConfig(stream=sys.stdout, filename='x.log', force=True)
except ValueError as e:
    print(e)
try:
    logging.basicConfig(bogus=1, force=True)
except ValueError as e:
    print(e)
logging.getLogger('lib').error('the end')
