# OSError(errno, ...) picks the errno subclass; str() shows both file names.
for n in (1, 2, 3, 4, 10, 11, 13, 17, 20, 21, 32, 103, 104, 110, 111, 999):
    print(n, type(OSError(n, "msg")).__name__)
e = OSError(2, "No such file or directory", "a", None, "b")
print(type(e).__name__, e.errno, e.strerror, e.filename, e.filename2, e.args)
print(e)
print(OSError(2, "x", "f"))
print(OSError("just one"), repr(OSError("just one")), OSError("a").errno)
print(OSError(1, 2, 3, 4, 5, 6).errno, OSError(1, 2, 3, 4, 5, 6).args)
class MyErr(OSError):
    pass
print(type(MyErr(2, "x")).__name__, isinstance(OSError(2, "x"), OSError))
print(FileExistsError(5, "y").errno, type(FileExistsError(2, "y")).__name__)
try:
    raise OSError(13, "Permission denied", "/root/x")
except PermissionError as err:
    print("caught", err)
