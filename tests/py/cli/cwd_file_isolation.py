# every test starts in a fresh, empty working directory
try:
    open("scratch.txt")
    print("leftover file!")
except FileNotFoundError:
    print("no leftover")
with open("scratch.txt", "w") as f:
    f.write("temporary")
with open("scratch.txt") as f:
    print(f.read())
