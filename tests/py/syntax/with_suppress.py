class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        if et is not None and issubclass(et, self.types):
            print("suppressing", et.__name__, ev)
            return True
        return None

with Suppress(KeyError):
    {}["missing"]
    print("not reached")
print("after suppressed")

try:
    with Suppress(KeyError):
        raise ValueError("not suppressed")
except ValueError as e:
    print("escaped", e)

def f():
    with Suppress(ZeroDivisionError):
        return 1 / 0
    return "fell through"
print(f())
