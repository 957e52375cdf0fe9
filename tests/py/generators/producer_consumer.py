def consumer():
    print("[consumer] ready")
    received = []
    while True:
        item = yield
        if item is None:
            break
        print("[consumer] got", item)
        received.append(item)
    return received

def producer(n):
    c = consumer()
    next(c)
    for i in range(n):
        print("[producer] sending", i)
        c.send(i)
    try:
        c.send(None)
    except StopIteration as e:
        return e.value

print("result:", producer(4))
