import math
print(math.sqrt(16), math.floor(2.7), math.ceil(2.1))
print(math.pi)
print(math.gcd(12, 18), math.factorial(10))
print(math.inf, -math.inf)
print(type(math).__name__, math.__name__)
