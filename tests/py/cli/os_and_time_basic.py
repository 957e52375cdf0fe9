import os, time
print(isinstance(os.getpid(), int), os.getpid() > 0)
t = time.time()
print(isinstance(t, float), t > 1600000000)
time.sleep(0.01)
print(time.time() >= t)
print(isinstance(time.perf_counter(), float), isinstance(time.monotonic(), float))
# sched_getaffinity: the usual better cpu_count(); a pid that is no process raises.
print(len(os.sched_getaffinity(0)) == os.cpu_count(), os.sched_getaffinity(os.getpid()) == os.sched_getaffinity(0))
try:
    os.sched_getaffinity(999999)
except ProcessLookupError as e:
    print('ProcessLookupError', e)
