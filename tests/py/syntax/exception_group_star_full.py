# except* semantics: splitting, re-raising the unhandled rest, raising in a clause.
import sys

def show(eg, indent=""):
    if isinstance(eg, BaseExceptionGroup):
        print(indent + f"{type(eg).__name__}({eg.message!r})")
        for e in eg.exceptions:
            show(e, indent + "  ")
    else:
        print(indent + repr(eg))

eg = ExceptionGroup("top", [ValueError(1), TypeError(2), ExceptionGroup("inner", [ValueError(3), KeyError(4)])])
print(str(eg))
print(repr(ValueError(1)), repr(eg.exceptions[0]))
match, rest = eg.split(ValueError)
show(match)
show(rest)
show(eg.subgroup(lambda e: isinstance(e, KeyError)))
print(eg.subgroup(OSError))
print(eg.split(BaseException)[0] is eg)
print(type(BaseExceptionGroup("x", [ValueError()])).__name__, type(BaseExceptionGroup("x", [KeyboardInterrupt()])).__name__)
print(issubclass(ExceptionGroup, BaseExceptionGroup), issubclass(ExceptionGroup, Exception), ExceptionGroup.__mro__)

# One clause handles part; the rest propagates as a group
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), OSError(3)])
    except* ValueError as e:
        print("caught", repr(e), repr(sys.exc_info()[1]))
    except* OSError as e:
        print("caught", repr(e))
except ExceptionGroup as outer:
    print("propagated", repr(outer))

# Every part handled: nothing propagates
try:
    raise ExceptionGroup("eg", [ValueError(1), ValueError(2)])
except* ValueError as e:
    print("all values", e.exceptions)
print("after")

# A bare exception is wrapped in a group for the clause
try:
    raise KeyError("k")
except* KeyError as e:
    print("wrapped", repr(e), type(e).__name__)

# Unmatched bare exception propagates unchanged
try:
    try:
        raise ZeroDivisionError("z")
    except* ValueError:
        print("no")
except ZeroDivisionError as e:
    print("plain", repr(e))

# A clause that raises: new exceptions join the re-raised rest
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise RuntimeError("from handler")
except ExceptionGroup as e:
    show(e)

# Bare raise in a clause re-raises the matched part, keeping the structure
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise
    except* TypeError:
        pass
except ExceptionGroup as e:
    show(e)

# else and finally
try:
    pass
except* ValueError:
    print("no")
else:
    print("else ran")
finally:
    print("finally ran")

try:
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* TypeError:
        print("no")
    finally:
        print("finally with pending")
except ExceptionGroup as e:
    print("then", repr(e))

# except* with a tuple of types; loops inside clauses may break
try:
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
except* (ValueError, TypeError) as e:
    for i in range(3):
        if i == 1:
            break
    print("tuple", e.exceptions)

# Invalid types
for bad in (ExceptionGroup, (ValueError, BaseExceptionGroup), int):
    try:
        try:
            raise ExceptionGroup("eg", [ValueError(1)])
        except* bad:
            pass
    except TypeError as e:
        print("TypeError:", e)

# Constructor errors
for args in (("x", []), ("x", [1]), (1, [ValueError()]), ("x", [KeyboardInterrupt()])):
    try:
        ExceptionGroup(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)

# derive is used by split, and metadata is copied
class MyGroup(ExceptionGroup):
    def derive(self, excs):
        return MyGroup(self.message + "!", excs)

g = MyGroup("mine", [ValueError(1), TypeError(2)])
g.__cause__ = KeyError("cause")
m, r = g.split(TypeError)
print(type(m).__name__, m.message, repr(m.__cause__), type(r).__name__, r.message)
