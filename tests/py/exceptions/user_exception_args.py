class MyError(Exception):
    pass

class CodeError(Exception):
    def __init__(self, code, msg):
        super().__init__(code, msg)
        self.code = code
        self.msg = msg

class Custom(Exception):
    def __init__(self, value):
        self.value = value
    def __str__(self):
        return f"custom value={self.value}"

for e in (MyError(), MyError("one"), MyError("a", 2), CodeError(404, "not found"), Custom(7)):
    print(type(e).__name__, "|", str(e), "|", repr(e), "|", e.args)
try:
    raise CodeError(500, "server")
except CodeError as e:
    print(e.code, e.msg)
