src = "def f():\n    def g():\n        nonlocal zz\n        zz = 1\n    return g\n"
try:
    compile(src, "<test>", "exec")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
src2 = "def f(a):\n    global a\n"
try:
    compile(src2, "<test>", "exec")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
src3 = "def f():\n    x = 1\n    global x\n"
try:
    compile(src3, "<test>", "exec")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
