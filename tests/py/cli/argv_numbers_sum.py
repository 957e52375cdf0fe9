import sys
nums = [int(a) for a in sys.argv[1:]]
print("sum =", sum(nums))
print("max =", max(nums))
