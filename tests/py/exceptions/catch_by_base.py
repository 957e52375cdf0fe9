def trigger(kind):
    if kind == "zero": return 1 / 0
    if kind == "key": return {}["k"]
    if kind == "index": return [][1]
    if kind == "attr": return (1).nope
    if kind == "value": return int("v")
    if kind == "overflow": return 2.0 ** 10000

for kind in ("zero", "key", "index", "attr", "value", "overflow"):
    try:
        trigger(kind)
    except LookupError as e:
        print(kind, "LookupError", type(e).__name__)
    except ArithmeticError as e:
        print(kind, "ArithmeticError", type(e).__name__)
    except Exception as e:
        print(kind, "Exception", type(e).__name__)
