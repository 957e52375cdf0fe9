import sys
for i, line in enumerate(sys.stdin):
    print(i, line.rstrip("\n"))
