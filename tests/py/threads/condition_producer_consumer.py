import threading

items = []
cond = threading.Condition()
consumed = []

def consumer():
    for _ in range(5):
        with cond:
            cond.wait_for(lambda: items)
            consumed.append(items.pop(0))

def producer():
    for i in range(5):
        with cond:
            items.append(i)
            cond.notify()

c = threading.Thread(target=consumer)
p = threading.Thread(target=producer)
c.start(); p.start()
p.join(); c.join()
print(consumed)
with cond:
    print(cond.wait(timeout=0.01))
try:
    cond.notify()
except RuntimeError as e:
    print('RuntimeError:', e)
