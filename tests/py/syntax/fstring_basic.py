name = "World"
n = 42
print(f"Hello, {name}!")
print(f"{n} squared is {n * n}")
print(f"{{literal braces}} {n}")
print(f"{'nested quotes'}")
print(F"upper F {n + 1}")
items = [1, 2]
print(f"{items[0]} {items[-1]} {len(items)}")
d = {"k": "v"}
print(f"{d['k']}")
print(f"multi" f"part {n}" "plain")
print(f"""triple
{name}""")
