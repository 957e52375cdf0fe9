# A process that signals itself with SIGTERM and has no handler dies of it:
# nothing more runs and the shell sees 128+15.
import os, signal
print('before', flush=True)
os.kill(os.getpid(), signal.SIGTERM)
print('never printed')
