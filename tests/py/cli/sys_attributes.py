import sys
print(sys.version_info[0], sys.version_info >= (3, 11))
print(type(sys.version).__name__, type(sys.platform).__name__)
print(sys.maxsize > 2 ** 31, type(sys.path).__name__)
print(sys.stdout is not None, sys.stdin is not None)
print(type(sys.getrecursionlimit()).__name__, sys.getrecursionlimit() >= 1000)
print("sys" in sys.modules, sys.byteorder in ("little", "big"))
