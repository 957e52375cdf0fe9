import sys
print(sys.version_info[:2] >= (3, 11), sys.version_info.major, type(sys.version_info).__name__)
print(isinstance(sys.version_info, tuple), len(sys.version_info))
print(sys.maxsize == 2 ** 63 - 1, sys.maxunicode, sys.byteorder)
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.float_info.mant_dig)
print(sys.int_info.bits_per_digit >= 15, sys.getdefaultencoding())
print(sys.argv == [sys.argv[0]], sys.argv[0])
print(type(sys.path).__name__, type(sys.modules).__name__, "sys" in sys.modules)
print(sys.stdout.encoding.lower(), sys.stdout.isatty(), sys.stdout.fileno(), sys.stderr.fileno())
print(sys.stdout is sys.__stdout__, sys.stderr is sys.__stderr__)
print(sys.intern("abc") == "abc")
try:
    sys.intern(1)
except TypeError as e:
    print(e)
print(sys.exc_info())
try:
    raise KeyError("k")
except KeyError:
    t, v, tb = sys.exc_info()
    print(t.__name__, repr(v), tb is not None, sys.exception() is v)
print(sys.getsizeof(1) > 0, sys.getsizeof([]) > 0)
print(sys.get_int_max_str_digits())
