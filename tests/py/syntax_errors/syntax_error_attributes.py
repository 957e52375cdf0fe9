try:
    compile("x = (1,\n     2\ny = 3", "prog.py", "exec")
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.filename, e.lineno)
try:
    exec("def g():\n  return 1\n    x = 2")
except IndentationError as e:
    print(type(e).__name__, e.msg, e.lineno)
try:
    eval("1 +* 2")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
