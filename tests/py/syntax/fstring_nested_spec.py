width = 10
prec = 3
val = 2 / 3
print(f"[{val:{width}.{prec}f}]")
print(f"[{'x':{'>'}{width}}]")
for w in range(3, 6):
    print(f"[{w:>{w}}]")
fmt = "08.2f"
print(f"{val:{fmt}}")
