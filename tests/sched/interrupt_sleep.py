import time
print('sleeping', flush=True)
time.sleep(30)
print('not reached')
