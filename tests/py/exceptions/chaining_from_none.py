try:
    try:
        [][0]
    except IndexError:
        raise RuntimeError("clean") from None
except RuntimeError as e:
    print(repr(e), e.__cause__, e.__suppress_context__)
    print(type(e.__context__).__name__)
