import math
math.foo
