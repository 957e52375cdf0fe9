import sys
print("out 1")
sys.stderr.write("err 1\n")
print("out 2")
print("err 2", file=sys.stderr)
