# Generators as coroutines: two generators passing a value back and forth
# through send(), 1,000,000 sends in all (the producer/consumer pattern).
def pinger():
    n = 0
    while True:
        n = yield n + 1


def ponger():
    n = 0
    while True:
        n = yield n * 3 % 1000003


ping = pinger()
pong = ponger()
next(ping)
next(pong)
v = 0
for _ in range(500_000):
    v = ping.send(v)
    v = pong.send(v)
print(v)
