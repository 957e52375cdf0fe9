print(max(1, 2))
max = "I shadow max"
print(max)
del max
print(max(3, 4))
def uses_max():
    return max(5, 6)
max = lambda *a: "global max wins"
print(uses_max())
del max
print(uses_max())
