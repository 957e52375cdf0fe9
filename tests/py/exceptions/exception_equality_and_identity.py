e1 = ValueError("x")
e2 = ValueError("x")
print(e1 == e2, e1 == e1, e1.args == e2.args)
try:
    raise e1
except ValueError as caught:
    print(caught is e1)
errs = []
for i in range(3):
    try:
        raise KeyError(i)
    except KeyError as e:
        errs.append(e)
print([e.args[0] for e in errs])
