# The float distributions are exact functions of the generator's output.
import random

random.seed(2024)
print(random.gauss(0, 1), random.gauss(10, 2))
print(random.normalvariate(), random.normalvariate(5, 0.5))
print(random.uniform(1, 10), random.triangular(0, 10, 3))
print(random.expovariate(1.5), random.lognormvariate(0, 1))
print(random.betavariate(2, 5), random.gammavariate(0.5, 2), random.gammavariate(4, 1))
print(random.vonmisesvariate(0, 4), random.paretovariate(3), random.weibullvariate(1, 1.5))
print(random.triangular())
