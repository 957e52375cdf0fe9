import threading

def job():
    pass

def other():
    pass

a = threading.Thread(target=job)
b = threading.Thread(target=other, name='custom')
c = threading.Thread(target=job)
d = threading.Thread()
print(a.name, b.name, c.name, d.name)
print(a.daemon, threading.Thread(target=job, daemon=True).daemon)
a.start(); a.join()
print(repr(a).split(' ')[0], 'stopped' in repr(a))
print(isinstance(a.ident, int), a.ident != threading.get_ident())
try:
    a.start()
except RuntimeError as e:
    print('RuntimeError:', e)
try:
    threading.Thread(target=job).join()
except RuntimeError as e:
    print('RuntimeError:', e)
