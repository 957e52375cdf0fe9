for i in range(3):
    pass
print(i)
for j in []:
    pass
try:
    print(j)
except NameError as e:
    print(e)
k = "before"
for k in "xyz":
    pass
print(k)
while False:
    w = 1
print("w" in globals())
