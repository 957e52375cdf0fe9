import sys

class Recorder:
    def __init__(self):
        self.calls = []
    def write(self, s):
        self.calls.append(s)
        return len(s)
    def flush(self):
        self.calls.append("<flush>")

r = Recorder()
print("a", 1, 2.5, None, True, file=r)
print(file=r)
print("x", "y", sep="--", end="!", file=r)
print("p", "q", sep=None, end=None, file=r, flush=True)
print(*[1, 2, 3], sep="", file=r)
print(file=r, flush=False)
print(r.calls)

class Obj:
    def __str__(self):
        return "Obj-str"
    def __repr__(self):
        return "Obj-repr"

print(Obj(), [Obj()], (Obj(),), {1: Obj()})
print("multi", "args", sep="\n")
print("no newline", end="")
print()
print("", "", "")
print(1, 2, 3, sep=", ", end=".\n")

# sys.stdout replaced and restored
old = sys.stdout
rec = Recorder()
sys.stdout = rec
print("captured", 42)
print("more", end="")
sys.stdout = old
print("restored", rec.calls)

# sys.stdout = None: print does nothing
sys.stdout = None
print("invisible")
sys.stdout = old
print("visible again")

# a __str__ that prints
class Noisy:
    def __str__(self):
        print("inside __str__")
        return "noisy"

print("before", Noisy(), "after")

# errors
for kwargs in [dict(sep=1), dict(end=2), dict(x=1), dict(file=1)]:
    try:
        print("z", **kwargs)
    except Exception as e:
        print(type(e).__name__, e)

class Bad:
    def __str__(self):
        raise ValueError("bad str")

try:
    print("partial", Bad())
except ValueError as e:
    print()
    print("ValueError", e)

print("to stderr", file=sys.stderr)
print("to __stdout__", file=sys.__stdout__)
sys.stdout.write("direct write\n")
print("flushed", flush=True)
