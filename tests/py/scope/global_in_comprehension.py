factor = 3
def scaled(xs):
    return [x * factor for x in xs]
print(scaled([1, 2]))
factor = 5
print(scaled([1, 2]))
def set_all():
    global factor
    [factor := i for i in range(3)]
    return factor
print(set_all(), factor)
