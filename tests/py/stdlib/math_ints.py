import math
print(math.factorial(0), math.factorial(20), math.factorial(30))
print(len(str(math.factorial(1000))), math.factorial(1000) % (10 ** 9 + 7))
print(math.comb(10, 3), math.comb(100, 50), math.comb(5, 7), math.perm(5), math.perm(5, 2), math.perm(3, 5))
print(math.gcd(12, 18), math.gcd(0, 5), math.gcd(), math.gcd(12, 18, 8), math.gcd(-4, 6), math.gcd(2 ** 100, 6 ** 50))
print(math.lcm(4, 6), math.lcm(), math.lcm(3, 0), math.lcm(2, 3, 4))
print(math.isqrt(0), math.isqrt(99), math.isqrt(10 ** 40), math.isqrt(True))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([2.5, 2]), math.prod([1, 2], start=10), math.prod(range(1, 30)))
