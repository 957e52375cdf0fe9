import sys
for i in range(3):
    print("tick", i, flush=True)
    sys.stdout.flush()
print("done")
