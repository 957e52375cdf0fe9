import os, time
print(isinstance(os.getpid(), int), os.getpid() > 0)
t = time.time()
print(isinstance(t, float), t > 1600000000)
time.sleep(0.01)
print(time.time() >= t)
print(isinstance(time.perf_counter(), float), isinstance(time.monotonic(), float))
