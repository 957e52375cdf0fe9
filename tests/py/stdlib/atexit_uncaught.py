# atexit callbacks still run after an uncaught exception (after its traceback),
# and a callback may print and use modules as usual.
import atexit
import json

atexit.register(lambda: print('cleanup', json.dumps({'ok': True})))
print('working')
raise ValueError('boom')
