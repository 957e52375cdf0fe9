class CM:
    def __enter__(self):
        print("enter")
    def __exit__(self, et, ev, tb):
        print("exit sees", et.__name__)
with CM():
    raise LookupError("inside with")
