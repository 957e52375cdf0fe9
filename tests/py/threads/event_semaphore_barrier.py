import threading

ev = threading.Event()
seen = []
def waiter(i):
    ev.wait()
    seen.append(i)
ts = [threading.Thread(target=waiter, args=(i,)) for i in range(3)]
for t in ts: t.start()
print('before set', seen, ev.is_set())
ev.set()
for t in ts: t.join()
print('after set', sorted(seen), ev.is_set())
ev.clear()
print(ev.wait(0.01))

sem = threading.Semaphore(2)
active = [0]
peak = [0]
def limited():
    with sem:
        active[0] += 1
        peak[0] = max(peak[0], active[0])
        threading.Event().wait(0.01)
        active[0] -= 1
ts = [threading.Thread(target=limited) for _ in range(6)]
for t in ts: t.start()
for t in ts: t.join()
print('peak', peak[0])

b = threading.BoundedSemaphore(1)
b.acquire(); b.release()
try:
    b.release()
except ValueError as e:
    print('ValueError:', e)

barrier = threading.Barrier(3)
order = []
def party(i):
    idx = barrier.wait()
    order.append(idx)
ts = [threading.Thread(target=party, args=(i,)) for i in range(3)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(order), barrier.n_waiting, barrier.parties)
