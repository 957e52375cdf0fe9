total = 1 + \
    2 + \
    3
print(total)
items = [
    1,
    2,   # comment inside
    3,
]
print(items)
call = max(
    4,
    9,
)
print(call)
if (total > 5 and
        call == 9):
    print("both")
a = 1; b = 2; print(a + b)
