# JSONEncoder subclasses, default=, skipkeys, iterencode, dump/load with files.
import json


class SetEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)


print(json.dumps({"s": {3, 1, 2}}, cls=SetEncoder))
print(SetEncoder(indent=1).encode([1, {2, 1}]))
try:
    SetEncoder().encode([object])
except TypeError as e:
    print("TypeError:", e)
print(json.dumps([1j], default=lambda o: [o.real, o.imag]))
print(json.dumps({(1, 2): 3, "k": 1}, skipkeys=True))
print(list(json.JSONEncoder().iterencode({"a": [1, 2]})))
print(list(json.JSONEncoder(indent=2).iterencode([1])))


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


print(json.dumps([Point(1, 2)], default=lambda p: p.__dict__, indent=1))
with open("data.json", "w") as f:
    json.dump({"x": [1, 2], "y": "z"}, f, indent=2)
with open("data.json") as f:
    print(f.read())
with open("data.json") as f:
    print(json.load(f))
dec = json.JSONDecoder(object_hook=lambda d: {k.upper(): v for k, v in d.items()})
print(dec.decode('{"a": {"b": 1}}'))
