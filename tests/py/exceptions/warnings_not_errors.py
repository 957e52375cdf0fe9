import sys
print("stdout only", file=sys.stdout)
print("this goes to stderr", file=sys.stderr)
print("done")
