items = [1, 2, 3]
results = []
for x in items:
    try:
        results.append(10 // (x - 2))
    except ZeroDivisionError as e:
        results.append(str(e))
print(results)
