try:
    1 / 0
except ZeroDivisionError:
    raise KeyError("during handling")
