total = 0
def add(n):
    global total
    total = total + n
    return total
add(5); add(7)
print(total)
def create_many():
    global a, b
    a, b = 1, 2
create_many()
print(a, b)
def local_only():
    total = 100
    return total
print(local_only(), total)
