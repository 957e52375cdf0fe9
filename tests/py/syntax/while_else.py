i = 0
while i < 3:
    print("loop", i)
    i += 1
else:
    print("else ran, i =", i)

i = 0
while True:
    if i == 2:
        print("breaking at", i)
        break
    i += 1
else:
    print("not printed")

n = 0
while n:
    print("never")
else:
    print("else on zero iterations")
