try:
    try:
        1 / 0
    except ZeroDivisionError:
        undefined_name
except NameError as e:
    print(repr(e))
    print(repr(e.__context__))
    print(e.__cause__, e.__suppress_context__)
