import sys
try:
    sys.exit(3)
except SystemExit as e:
    print("caught", e.code)
try:
    sys.exit()
except SystemExit as e:
    print("caught", e.code)
try:
    sys.exit(1, 2)
except TypeError as e:
    print(e)
print("bye")
sys.exit(4)
