for exc in (ZeroDivisionError, KeyError, IndexError, ModuleNotFoundError, UnboundLocalError,
            RecursionError, StopIteration, KeyboardInterrupt, SystemExit, FileNotFoundError,
            NotImplementedError, GeneratorExit, UnicodeDecodeError, TimeoutError):
    print(exc.__name__, [c.__name__ for c in exc.__mro__])
