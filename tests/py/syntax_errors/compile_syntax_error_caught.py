snippets = ["print 'x'", "x = = 1", "if True:\npass", "return 5", "def f(:", "a = 1 +", "x = 012", "for x in range(3):\n  break\ncontinue"]
for s in snippets:
    try:
        compile(s, "<snippet>", "exec")
        print("compiled?!", repr(s))
    except SyntaxError as e:
        print(type(e).__name__, "|", e.msg, "|", e.lineno)
