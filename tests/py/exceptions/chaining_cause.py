try:
    try:
        {}["missing"]
    except KeyError as e:
        raise ValueError("converted") from e
except ValueError as e:
    print(repr(e))
    print(repr(e.__cause__))
    print(repr(e.__context__))
    print(e.__suppress_context__)
