for ex in ("[1][5]", "(1, 2)[-3]", "'ab'[2]", "{'a': 1}['b']", "{}[0]", "{}[(1, 2)]",
           "[].pop()", "{}.pop('x')", "{}.popitem()", "set().pop()", "range(3)[3]", "b'ab'[2]",
           "[][0:1] or [][0]", "bytearray()[0]"):
    try:
        eval(ex)
    except LookupError as e:
        print(ex, "->", type(e).__name__, repr(e), str(e))
