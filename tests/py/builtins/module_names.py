import builtins
print(builtins.__name__, type(builtins.len).__name__, repr(len), len.__self__ is builtins, len.__name__)
for name in ["int", "float", "complex", "bool", "str", "bytes", "bytearray", "tuple", "list", "dict", "set",
             "frozenset", "range", "slice", "object", "type", "super", "property", "classmethod", "staticmethod",
             "enumerate", "zip", "map", "filter", "reversed"]:
    v = getattr(builtins, name)
    print(name, isinstance(v, type), v.__name__ == name)
excs = ["BaseException", "SystemExit", "KeyboardInterrupt", "GeneratorExit", "Exception", "StopIteration",
        "StopAsyncIteration", "ArithmeticError", "FloatingPointError", "OverflowError", "ZeroDivisionError",
        "AssertionError", "AttributeError", "BufferError", "EOFError", "ImportError", "ModuleNotFoundError",
        "LookupError", "IndexError", "KeyError", "MemoryError", "NameError", "UnboundLocalError", "OSError",
        "FileNotFoundError", "FileExistsError", "IsADirectoryError", "NotADirectoryError", "PermissionError",
        "TimeoutError", "ConnectionError", "BrokenPipeError", "ChildProcessError", "InterruptedError",
        "ProcessLookupError", "BlockingIOError", "ConnectionResetError", "ConnectionRefusedError",
        "ConnectionAbortedError", "ReferenceError", "RuntimeError", "NotImplementedError", "RecursionError",
        "SyntaxError", "IndentationError", "TabError", "SystemError", "TypeError", "ValueError", "UnicodeError",
        "UnicodeDecodeError", "UnicodeEncodeError", "UnicodeTranslateError", "Warning", "UserWarning",
        "DeprecationWarning", "PendingDeprecationWarning", "SyntaxWarning", "RuntimeWarning", "FutureWarning",
        "ImportWarning", "UnicodeWarning", "BytesWarning", "ResourceWarning", "EncodingWarning"]
missing = [n for n in excs if not hasattr(builtins, n)]
print("missing exceptions:", missing)
print(all(issubclass(getattr(builtins, n), BaseException) for n in excs))
print(EnvironmentError is OSError, IOError is OSError)
print(Ellipsis is ..., NotImplemented, __debug__, builtins.Ellipsis)
for fn in ["print", "input", "len", "abs", "all", "any", "ascii", "bin", "oct", "hex", "chr", "ord", "callable",
           "delattr", "getattr", "setattr", "hasattr", "dir", "vars", "id", "hash", "iter", "next", "min", "max",
           "sum", "sorted", "round", "divmod", "pow", "repr", "format", "isinstance", "issubclass", "globals",
           "locals", "exec", "eval", "compile", "__import__", "__build_class__", "aiter", "anext", "exit", "quit"]:
    if not callable(getattr(builtins, fn, None)):
        print("not callable:", fn)
builtins.my_global = 123
print(my_global)
del builtins.my_global
try:
    my_global
except NameError as e:
    print("NameError", e)
