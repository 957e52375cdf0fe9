"""Module docstring."""

def f():
    """Function docstring."""
    return 1

class C:
    """Class docstring."""
    def m(self):
        "method doc"

def nodoc():
    x = 1

print(__doc__)
print(f.__doc__)
print(C.__doc__, C.m.__doc__)
print(nodoc.__doc__)
