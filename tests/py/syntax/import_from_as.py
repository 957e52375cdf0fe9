from math import sqrt, pi as PI
import math as m
import sys as system
from math import (floor,
                  ceil)

print(sqrt(2.25), PI == m.pi)
print(floor(-1.5), ceil(-1.5))
print(system is __import__('sys'))
print(type(system.argv).__name__)
