def f(n):
    out = []
    try:
        out.append("try")
        if n == 1:
            raise ValueError
        if n == 2:
            return out + ["returned"]
    except ValueError:
        out.append("except")
    else:
        out.append("else")
    finally:
        out.append("finally")
    out.append("after")
    return out
for n in range(3):
    print(f(n))
