def g():
    yield 1
gen = g()
print(type(gen).__name__, gen.__name__, gen.__qualname__)
print(gen.gi_running, gen.gi_frame is not None)
next(gen)
list(gen)
print(gen.gi_frame)
print(iter(gen) is gen, hasattr(gen, "__next__"), hasattr(gen, "send"))
