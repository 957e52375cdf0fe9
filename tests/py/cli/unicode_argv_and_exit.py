import sys
print("参数:", sys.argv[1:])
sys.exit(0)
