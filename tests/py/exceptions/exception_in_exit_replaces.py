class Bad:
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        raise RuntimeError("from __exit__")
try:
    with Bad():
        raise ValueError("from body")
except RuntimeError as e:
    print(e, "| context:", repr(e.__context__))
try:
    with Bad():
        pass
except RuntimeError as e:
    print(e, "| context:", e.__context__)
