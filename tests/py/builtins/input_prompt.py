import sys
a = input("name? ")
print("got", repr(a))
b = input()
print("got", repr(b))
c = input(42)
print("got", repr(c))
try:
    input("last? ")
except EOFError as e:
    print()
    print("EOFError", e)
try:
    input(1, 2)
except TypeError as e:
    print("TypeError", e)
