import math
inf, nan = float("inf"), float("nan")
print(inf, -inf, nan, inf + 1, inf - inf, inf * 0, -inf * -1)
print(nan == nan, nan != nan, nan < 1, nan > 1, inf == inf, inf > 1e308)
print(math.isnan(nan), math.isinf(-inf), math.isfinite(1.0), math.isfinite(inf))
print(float("NaN"), float("Infinity"), float("-iNF"))
print(math.inf == inf, 1 / inf, -1 / inf)
print(max(1, inf), min(-inf, 0), sorted([3, inf, -inf, 0]))
