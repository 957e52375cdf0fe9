def f():
    import math
    return math.sqrt(81)

print(f())
print('math' in globals())
import sys
print('math' in sys.modules)
import math
import math
print(math is sys.modules['math'])
