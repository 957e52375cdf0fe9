# pprint: pformat/pprint of nested containers with width, indent, depth, compact, sort_dicts.
import pprint
from collections import OrderedDict, defaultdict, Counter, deque
from dataclasses import dataclass

data = {"name": "interleave", "tags": ["python", "threads", "wasm", "interpreter"], "nested": {"a": list(range(30)),
        "b": {"deep": {"deeper": {"deepest": [1, 2, 3]}}}}, "tuple": (1, 2, 3), "set": {3, 1, 2}, "none": None}
pprint.pprint(data)
pprint.pprint(data, width=40)
pprint.pprint(data, depth=2)
pprint.pprint(data, indent=4, width=60, sort_dicts=False)
pprint.pprint(list(range(50)), compact=True)
pprint.pprint(list(range(50)), width=30, compact=True)
print(pprint.pformat([1, 2, 3]), pprint.pformat("x" * 100, width=30))
pprint.pprint(["a" * 30, "b" * 30, "c" * 30])
pprint.pprint("hello world " * 10, width=40)
pprint.pprint(b"bytes " * 20, width=40)
pprint.pprint(OrderedDict([("z", 1), ("a", [1] * 30)]))
pprint.pprint(defaultdict(list, {"k": list(range(25))}))
pprint.pprint(Counter("abracadabra" * 5))
pprint.pprint(deque(range(40), maxlen=50))
pprint.pprint(frozenset(range(30)))


@dataclass
class Point:
    x: int
    y: int
    label: str = "origin point with a long label to force wrapping"


pprint.pprint([Point(1, 2), Point(3, 4)], width=50)
r = [1, 2]
r.append(r)
print(pprint.pformat(r).replace(str(id(r)), "ID"))
print(pprint.isreadable(r), pprint.isrecursive(r), pprint.saferepr(r).replace(str(id(r)), "ID"), pprint.isreadable([1, "a"]))
pp = pprint.PrettyPrinter(indent=2, width=30)
pp.pprint({"alpha": [1, 2, 3, 4, 5, 6, 7, 8], "beta": "x" * 20})
print(pp.pformat((1,)))
pprint.pp({"b": 1, "a": 2})
pprint.pprint({}), pprint.pprint([]), pprint.pprint(())
