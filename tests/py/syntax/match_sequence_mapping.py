def f(cmd):
    match cmd:
        case []:
            return "empty"
        case [x]:
            return f"one {x}"
        case [x, y]:
            return f"two {x} {y}"
        case ["go", *rest]:
            return f"go with {rest}"
        case {"action": a, **others}:
            return f"action {a} {sorted(others)}"
        case (a, b, c):
            return f"three {a}{b}{c}"
        case _:
            return "?"

for c in ([], [1], (1, 2), ["go", 1, 2, 3], {"action": "run", "z": 1}, [1, 2, 3], [1, 2, 3, 4], "ab"):
    print(f(c))
