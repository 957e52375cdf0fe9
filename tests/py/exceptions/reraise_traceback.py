# A bare raise adds no traceback entry for its own frame (CPython's do_raise):
# the entry where the exception was first raised is the frame's only one.
import sys
def f():
    try:
        int('x')
    except ValueError:
        raise
try:
    f()
except ValueError as e:
    tb = e.__traceback__
    while tb:
        print(tb.tb_frame.f_code.co_name, tb.tb_lineno)
        tb = tb.tb_next
def g():
    try:
        yield 1
    except KeyError:
        raise
it = g(); next(it)
try:
    it.throw(KeyError('k'))
except KeyError as e:
    tb = e.__traceback__
    while tb:
        print(tb.tb_frame.f_code.co_name, tb.tb_lineno)
        tb = tb.tb_next
def h():
    raise
try:
    try:
        1/0
    except ZeroDivisionError:
        h()
except ZeroDivisionError as e:
    tb = e.__traceback__
    while tb:
        print(tb.tb_frame.f_code.co_name, tb.tb_lineno)
        tb = tb.tb_next
