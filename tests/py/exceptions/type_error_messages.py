exprs = ["1 + 'a'", "'a' + 1", "[] + 1", "1 - 'a'", "'a' - 'b'", "None + 1", "(1,) + [2]",
         "len(1)", "len(None)", "abs('x')", "int(None)", "n()", "z()", "s()",
         "[1][z]", "{}[[]]", "sum(['a'])", "-'a'", "1 < 'a'", "iter(5)", "[1, 2].sort(key=1)",
         "'%d' % 'x'", "'abc'.join([1])", "int('5', 1)", "{1} + {2}"]
n, z, s = 5, None, "x"
for ex in exprs:
    try:
        eval(ex)
    except (TypeError, ValueError) as e:
        print(ex, "->", type(e).__name__ + ":", e)
