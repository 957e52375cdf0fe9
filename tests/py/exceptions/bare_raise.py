def handle():
    try:
        int("nope")
    except ValueError:
        print("logging and re-raising")
        raise
try:
    handle()
except ValueError as e:
    print("outer got:", e)

try:
    raise
except RuntimeError as e:
    print(e)
