print("no newline at end", end="")
