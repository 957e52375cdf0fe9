class Resource:
    def __init__(self): self.state = "new"
    def __enter__(self):
        self.state = "open"
        return self
    def __exit__(self, et, ev, tb):
        self.state = "closed"

r = Resource()
with r as x:
    print(x is r, r.state)
print(r.state)

class NoExit:
    def __enter__(self): return self
try:
    with NoExit():
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__)
