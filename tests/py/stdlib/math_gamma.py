import math
xs = [0.5, 1.5, 2.5, 10, 10.5, 0.1, 3.7, 170.5, -0.5, -1.5, -2.7, 1e-21, 150.3, -150.3, 30.2, 5, 100, 171.7]
for x in xs:
    for f in (math.gamma, math.lgamma):
        try:
            print(x, f.__name__, f(x))
        except Exception as e:
            print(x, f.__name__, type(e).__name__, e)
for x in (0, -1, -2.0, 200, 1e308, -math.inf, math.inf, math.nan):
    for f in (math.gamma, math.lgamma):
        try:
            print(x, f.__name__, f(x))
        except Exception as e:
            print(x, f.__name__, type(e).__name__, e)
