with open("no_such_file.txt") as f:
    print(f.read())
