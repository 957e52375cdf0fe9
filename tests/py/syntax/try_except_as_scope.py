e = "before"
try:
    1 / 0
except ZeroDivisionError as e:
    print("in handler", type(e).__name__)
try:
    print(e)
except NameError as err:
    print("e was deleted:", err)
