m = __import__("math")
print(m.sqrt(49), m.__name__)
s = __import__("sys")
print(s is __import__("sys"))
import math
print(m is math)
