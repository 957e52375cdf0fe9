def g():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("GeneratorExit received")
        raise
    finally:
        print("finally")
gen = g()
next(gen)
gen.close()
print(issubclass(GeneratorExit, BaseException), issubclass(GeneratorExit, Exception))
