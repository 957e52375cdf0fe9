import sys
first = sys.stdin.readline()
print(repr(first))
for line in sys.stdin:
    print("line:", line.rstrip())
print(repr(sys.stdin.read()))
