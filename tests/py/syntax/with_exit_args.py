import sys
class Spy:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        print(et, type(ev).__name__, ev, tb is None)
        return True

with Spy():
    pass
with Spy():
    raise KeyError("k")
with Spy():
    int("x")
print("end")
