for expr in ("t[0] = 1", "s[0] = 'x'", "del t[0]", "b[0] = 1"):
    t, s, b = (1, 2), "ab", b"ab"
    try:
        exec(expr)
    except TypeError as e:
        print(e)
