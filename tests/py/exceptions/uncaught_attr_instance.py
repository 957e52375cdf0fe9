class X:
    def __init__(self):
        self.a = 1
print(X().a)
print(X().y)
