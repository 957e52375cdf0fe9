for expr in ("1.0 / 0", "1 / 0.0", "1.0 // 0", "1.0 % 0", "divmod(1.0, 0)", "0.0 ** -1"):
    try:
        eval(expr)
    except ZeroDivisionError as e:
        print(expr, "->", e)
try:
    float(10 ** 400)
except OverflowError as e:
    print(e)
try:
    int(float("nan"))
except ValueError as e:
    print(e)
try:
    float("x1")
except ValueError as e:
    print(e)
