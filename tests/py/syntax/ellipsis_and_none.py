print(..., Ellipsis, ... is Ellipsis, type(...).__name__)
def todo():
    ...
print(todo())
print(None == None, None is None, type(None).__name__, repr(None))
d = {...: "ellipsis key"}
print(d[...])
