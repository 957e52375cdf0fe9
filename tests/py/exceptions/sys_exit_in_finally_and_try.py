import sys
def f():
    try:
        sys.exit(2)
    finally:
        print("finally runs during sys.exit")
try:
    f()
except Exception:
    print("Exception does not catch SystemExit")
print("unreachable")
