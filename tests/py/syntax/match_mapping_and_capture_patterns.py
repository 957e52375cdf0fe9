def handle(event):
    match event:
        case {"type": "click", "pos": (x, y)}:
            return f"click at {x},{y}"
        case {"type": "key", "key": str(k)} if len(k) == 1:
            return f"key {k}"
        case {"type": "key"}:
            return "special key"
        case {"type": t}:
            return f"unknown type {t}"
        case [*_]:
            return "a sequence"
        case other:
            return f"other {other!r}"
for e in ({"type": "click", "pos": (1, 2)}, {"type": "key", "key": "a"}, {"type": "key", "key": "F1"},
          {"type": "scroll"}, [1, 2], 42):
    print(handle(e))
