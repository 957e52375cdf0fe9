try:
    raise KeyboardInterrupt
except Exception:
    print("not an Exception")
except KeyboardInterrupt:
    print("caught KeyboardInterrupt")
try:
    raise KeyboardInterrupt("with message")
except BaseException as e:
    print(type(e).__name__, e)
