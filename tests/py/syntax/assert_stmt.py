assert True
assert 1 == 1, "never"
try:
    assert 1 + 1 == 3, "math is broken"
except AssertionError as e:
    print("caught:", e, e.args)
try:
    assert False
except AssertionError as e:
    print("no message:", repr(e), e.args)
try:
    assert [], ["list", "message"]
except AssertionError as e:
    print(e.args[0])
