import sys
try:
    sys.exit(4)
except SystemExit as e:
    print("caught SystemExit with code", e.code)
try:
    sys.exit("msg")
except SystemExit as e:
    print("code is", repr(e.code))
try:
    raise SystemExit
except BaseException as e:
    print(type(e).__name__, e.code)
print("still running")
