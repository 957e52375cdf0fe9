count = 0
def increment():
    try:
        count += 1
    except UnboundLocalError as e:
        print(e)
increment()
def conditional(flag):
    if flag:
        value = "set"
    return value
print(conditional(True))
try:
    conditional(False)
except UnboundLocalError as e:
    print(e)
print(issubclass(UnboundLocalError, NameError))
