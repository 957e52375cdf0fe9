name = "global"
def show():
    print("in show:", name)
def shadow():
    name = "local"
    print("in shadow:", name)
    show()
shadow()
print("module:", name)
def param(name):
    return name.upper()
print(param("arg"), name)
