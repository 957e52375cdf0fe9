print("this line is never executed: the whole file fails to compile")
x = 5
print "x is", x
