import sys
print(len(sys.argv))
print(sys.argv[1:])
for i, a in enumerate(sys.argv[1:], 1):
    print(i, repr(a))
