class Recorder:
    def __init__(self):
        self.data = list(range(6))
    def __getitem__(self, k):
        if isinstance(k, slice):
            return Recorder.wrap(self.data[k])
        return self.data[k]
    def __setitem__(self, k, v):
        print("set", k, v)
        self.data[k] = v
    def __delitem__(self, k):
        print("del", k)
        del self.data[k]
    @staticmethod
    def wrap(lst):
        r = Recorder()
        r.data = lst
        return r
r = Recorder()
r[1:3] = ["a", "b", "c"]
r[::2] = [0, 0, 0, 0]
del r[-2:]
print(r.data, r[1:4].data, r[-1])
