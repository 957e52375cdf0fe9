values = [0, 1, -1, 0.0, 0.5, "", "a", [], [0], (), (None,), {}, {1: 2}, None, True, False, set(), range(0), range(1)]
for v in values:
    if v:
        print(repr(v), "truthy")
    else:
        print(repr(v), "falsy")
