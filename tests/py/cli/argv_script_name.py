import sys
print(sys.argv[0])
print(__name__)
