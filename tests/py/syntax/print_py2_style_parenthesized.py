# these are valid Python 3 although they look like Python 2
print("a")
print("a", "b")
print ("spaced")
print(("tuple", 1))
x = 5
print("x = %d" % x)
print
print("after bare print name")
