# Pickling the messages multiprocessing sends: dumps + loads of a small
# tuple, a list of 100 ints and a small dict, as Queue.put/get and
# Connection.send/recv do for every message.
import pickle

MESSAGES = [
    ('task', 7, 'payload', 3.5, None),
    list(range(100)),
    {'id': 7, 'name': 'job', 'args': (1, 2.5, 'x'), 'done': False},
]


def work(rounds):
    total = 0
    for _ in range(rounds):
        for m in MESSAGES:
            b = pickle.dumps(m)
            total += len(b)
            if pickle.loads(b) != m:
                raise AssertionError(m)
    return total


print(work(60_000))
