try:
    raise FileNotFoundError("f")
except OSError:
    print("OSError clause first")
except FileNotFoundError:
    print("never")
try:
    raise KeyError("k")
except (ValueError, LookupError) as e:
    print("tuple match", type(e).__name__)
