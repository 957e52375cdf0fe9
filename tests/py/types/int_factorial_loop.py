f = 1
for i in range(1, 51):
    f *= i
print(f)
print(len(str(f)))
import math
print(f == math.factorial(50))
print(f // math.factorial(48))
s = 0
for d in str(f):
    s += int(d)
print(s)
