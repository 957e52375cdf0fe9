class X:
    pass
X.y
