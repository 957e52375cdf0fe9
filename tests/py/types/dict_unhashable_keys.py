for key in ([1], {"a": 1}, {1}):
    try:
        {key: 1}
    except TypeError as e:
        print(e)
print({(1, 2): "tuple ok", frozenset({1}): "frozenset ok"})
