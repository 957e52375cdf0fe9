for i in range(5):
    try:
        if i == 2:
            break
        print("body", i)
    finally:
        print("finally", i)
print("after loop", i)

for i in range(3):
    try:
        continue
    finally:
        print("cleanup", i)

def loop():
    while True:
        try:
            raise KeyError("x")
        finally:
            break
    return "exception discarded by break"
print(loop())
