try:
    open("definitely_missing_file.txt")
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.filename)
    print(e)
except OSError as e:
    print("generic", e)
print(type(OSError(2, "x")).__name__)
