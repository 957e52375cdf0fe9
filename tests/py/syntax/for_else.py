def find(items, target):
    for i, x in enumerate(items):
        if x == target:
            print("found", target, "at", i)
            break
    else:
        print(target, "not found")

find([1, 2, 3], 2)
find([1, 2, 3], 7)
find([], 1)

for ch in "abc":
    pass
else:
    print("last ch:", ch)
