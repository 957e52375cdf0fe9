vals = [1, 1.0, "s", b"b", [1], (1,), {1: 1}, {1}, None, True, range(1), 1j, len, int]
for v in vals:
    print(type(v).__name__, isinstance(v, (int, float)), isinstance(v, (list, tuple, range)), isinstance(v, object))
