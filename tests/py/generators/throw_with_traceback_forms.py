def g():
    while True:
        try:
            yield
        except Exception as e:
            print("got", type(e).__name__, e.args)
gen = g()
next(gen)
gen.throw(ValueError)
gen.throw(ValueError("instance"))
gen.throw(TypeError("t", 2))
gen.close()
