class C:
    "doc"
C.__doc__ = "new"
print(C.__doc__, C().__doc__)
try:
    int.__doc__ = "x"
except TypeError as e:
    print(e)
