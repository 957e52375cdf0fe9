class B:
    def __init__(self, v): self.v = v
    def __bool__(self):
        print("__bool__")
        return self.v
print(bool(B(True)), bool(B(False)))
print("yes" if B(True) else "no")
print(not B(False))
print(B(False) or "alt")
class Both:
    def __bool__(self): return True
    def __len__(self): return 0
print(bool(Both()))
class BadBool:
    def __bool__(self): return 1
try:
    bool(BadBool())
except TypeError as e:
    print(e)
class Plain: pass
print(bool(Plain()))
