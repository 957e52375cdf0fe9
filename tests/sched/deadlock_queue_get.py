import queue
q = queue.Queue()
print('waiting')
q.get()
