counter = 0

def inc():
    global counter
    counter += 1

def make():
    global newname
    newname = "created"

for _ in range(5):
    inc()
print(counter)
make()
print(newname)

def read_only():
    return counter * 2
print(read_only())
