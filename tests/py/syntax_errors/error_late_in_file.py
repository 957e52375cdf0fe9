def ok():
    return 1

def also_ok(x):
    if x:
        return 2
    return 3

print(ok(), also_ok(0))

while True
    pass
