def read(lines):
    for l in lines:
        yield l
def strip(src):
    for l in src:
        yield l.strip()
def nonempty(src):
    for l in src:
        if l:
            yield l
def number(src):
    for i, l in enumerate(src, 1):
        yield f"{i}: {l}"
data = ["  alpha ", "", " beta", "   ", "gamma  "]
for out in number(nonempty(strip(read(data)))):
    print(out)
