# Creating shared Value and Array objects (and a 2-D mistake)
# From seed 003 (Morvan's multiprocessing tutorial, repost), 6-共享内存: Shared Value, Shared Array, 错误形式.
# Watch: 'i' makes a signed int, 'd' a double; an Array is one-dimensional
# only, so a list of lists raises TypeError.
# Added: the seed shows these lines as separate snippets and prints
# nothing; the print() line is added, and the 2-D attempt is wrapped in
# try/except to print the error. Python 2 said "an integer is required";
# Python 3 says "'list' object cannot be interpreted as an integer".
import multiprocessing as mp

value1 = mp.Value('i', 0)
value2 = mp.Value('d', 3.14)

array = mp.Array('i', [1, 2, 3, 4])

print(value1.value, value2.value, array[:])      # added

# 错误形式
try:                                             # added
    array = mp.Array('i', [[1, 2], [3, 4]]) # 2维list
except TypeError as e:                           # added
    print('TypeError:', e)                       # added

"""
TypeError: an integer is required
"""
