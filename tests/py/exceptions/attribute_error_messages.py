class P:
    def __init__(self): self.x = 1
for f in (lambda: (1).foo, lambda: "s".bar, lambda: [].nope, lambda: None.x,
          lambda: P().y, lambda: P.z, lambda: int.q, lambda: (lambda: 0).attr):
    try:
        f()
    except AttributeError as e:
        print(e)
import math, sys
for m in (math, sys):
    try:
        m.missing_thing
    except AttributeError as e:
        print(e)
