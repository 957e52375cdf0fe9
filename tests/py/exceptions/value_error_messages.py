exprs = ["int('')", "int('1e3')", "int('ff', 16)", "int('z', 36)", "int('12', 2)", "float('1,5')",
         "[].index(1)", "'abc'.index('z')", "list(range(3)).remove(9)", "chr(-1)", "range(1, 2, 0)",
         "'a b'.split('')", "int('١٢')", "pow(2, -1, 4)", "math.sqrt(-1)", "math.factorial(-1)"]
import math
for ex in exprs:
    try:
        print(ex, "=", eval(ex))
    except ValueError as e:
        print(ex, "->", e)
