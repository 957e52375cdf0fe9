def task(name, steps):
    for i in range(steps):
        print(f"{name} step {i}")
        yield
    print(f"{name} finished")
queue = [task("A", 3), task("B", 1), task("C", 2)]
while queue:
    t = queue.pop(0)
    try:
        next(t)
        queue.append(t)
    except StopIteration:
        pass
print("all done")
