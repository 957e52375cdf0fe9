def worker():
    while True:
        try:
            x = yield
            print("processing", x)
        except KeyError as e:
            print("worker handled", repr(e))
        except ValueError:
            print("worker stopping")
            return "stopped"
w = worker()
next(w)
w.send(1)
w.throw(KeyError("bad key"))
w.send(2)
try:
    w.throw(ValueError)
except StopIteration as e:
    print("StopIteration value:", e.value)
