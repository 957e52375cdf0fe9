class Oops(Exception):
    pass
print("before")
raise Oops
