import sys
import io

class Capture:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
    def flush(self):
        pass

cap = Capture()
sys.stdout = cap
print("hidden", 1, 2)
print("more", end="!")
sys.stdout = sys.__stdout__
print("captured:", cap.parts)
buf = io.StringIO()
old = sys.stdout
sys.stdout = buf
print("into stringio")
sys.stdout = old
print(repr(buf.getvalue()))
print("to stderr", file=sys.stderr)
n = sys.stdout.write("direct\n")
print(n)
sys.stdout.writelines(["a\n", "b\n"])
sys.stdout.flush()
