g = 0
def outer():
    g = "outer local"
    def inner():
        global g
        g = "set by inner"
    inner()
    return g
print(outer(), g)
