# Connection.send on a Pipe whose other end is closed raises CPython's
# BrokenPipeError (duplex and one-way); recv with no writer left raises EOFError.
from multiprocessing import Pipe

for duplex in (True, False):
    r, w = Pipe(duplex)  # one-way: r only receives, w only sends
    r.close()
    for send in (lambda: w.send(1), lambda: w.send_bytes(b'x'), lambda: w.send([1, 2])):
        try:
            send()
            print(duplex, 'sent')
        except BrokenPipeError as e:
            print(duplex, type(e).__name__, e, e.errno, isinstance(e, OSError))
    if duplex:
        print('poll', w.poll())
        try:
            w.recv()
        except EOFError as e:
            print('recv', repr(e))
    w.close()

# What was sent before the close can still be read, then EOFError.
a, b = Pipe()
a.send('hello')
a.send_bytes(b'raw')
a.close()
print(b.recv(), b.recv_bytes())
try:
    b.recv()
except EOFError as e:
    print('EOFError', repr(e))
try:
    b.send(2)
except BrokenPipeError as e:
    print('BrokenPipeError', e)

# A closed connection itself.
a, b = Pipe()
a.close()
for op in (lambda: a.send(1), lambda: a.recv(), lambda: a.poll()):
    try:
        op()
    except OSError as e:
        print(type(e).__name__, e)
b.close()

# The receiving end still open somewhere keeps the pipe writable.
a, b = Pipe(False)
b.send('ok')
print(a.recv())
