try:
    raise ValueError
except ValueError as e:
    print(type(e).__name__, repr(e), e.args)
try:
    raise ValueError("msg", 2)
except ValueError as e:
    print(repr(e), e.args)
try:
    raise 42
except TypeError as e:
    print(e)
try:
    raise object
except TypeError as e:
    print(e)
