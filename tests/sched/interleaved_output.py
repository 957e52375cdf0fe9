# Two busy threads printing: with a seed the interleaving is reproducible.
import threading, time
def busy(tag):
    for i in range(30):
        x = 0
        for _ in range(300):
            x += 1
        print(tag, i, round(time.time() - start, 3))
start = time.time()
ts = [threading.Thread(target=busy, args=(t,)) for t in 'AB']
for t in ts: t.start()
for t in ts: t.join()
time.sleep(1.5)
print('slept', round(time.time() - start, 1) >= 1.5)
