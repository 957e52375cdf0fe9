def g():
    yield
g().send(5)
