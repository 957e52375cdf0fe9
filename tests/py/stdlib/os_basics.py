import os
print(os.name, os.sep, os.linesep == "\n", os.curdir, os.pardir, os.devnull)
print(isinstance(os.getpid(), int), os.getpid() > 0, isinstance(os.getppid(), int))
print(isinstance(os.cpu_count(), int), os.cpu_count() >= 1)
print(os.path.isabs(os.getcwd()), os.getcwd() == os.path.abspath("."))
print(isinstance(os.environ, dict) or hasattr(os.environ, "get"), os.getenv("NO_SUCH_VAR_XYZ"), os.getenv("NO_SUCH_VAR_XYZ", "dflt"))
print(len(os.urandom(8)), type(os.urandom(4)).__name__)
print(os.strerror(2), os.fspath("a/b"))
try:
    os.fspath(3)
except TypeError as e:
    print(e)
class P:
    def __fspath__(self):
        return "from_pathlike.txt"
with open(P(), "w") as f:
    f.write("ok")
print(os.path.exists("from_pathlike.txt"), os.fspath(P()))
