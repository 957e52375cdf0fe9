try:
    {}["key"]
except KeyError as e:
    print(e.args, type(e.__traceback__).__name__, e.__traceback__ is not None)
e = ValueError("x")
print(e.__traceback__, e.__cause__, e.__context__, e.__suppress_context__)
e2 = e.with_traceback(None)
print(e2 is e)
try:
    raise OSError(2, "No such file or directory", "f.txt")
except OSError as e:
    print(e.errno, e.strerror, e.filename, str(e))
    print(type(e).__name__)
try:
    raise StopIteration(42)
except StopIteration as e:
    print(e.value)
try:
    raise SystemExit(3)
except SystemExit as e:
    print(e.code)
