try:
    import no_such_module_xyz
except ImportError as e:
    print(type(e).__name__, e)
try:
    from sys import no_such_name
except ImportError as e:
    print(type(e).__name__, e)
print(issubclass(ModuleNotFoundError, ImportError))
