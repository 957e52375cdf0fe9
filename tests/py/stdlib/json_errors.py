# JSONDecodeError messages and positions, and encoder errors (CPython's wording).
import json


def attempt(f):
    try:
        print(repr(f()))
    except json.JSONDecodeError as e:
        print("JSONDecodeError:", e, "|", e.msg, e.pos, e.lineno, e.colno)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)


for doc in ["", "[1,]", '{"a" 1}', '{"a": 1,}', "[1 2]", '"abc', '"a\\x"', "\n\n  [1, tru]",
            "{1: 2}", "123 456", '"\x01"', '"\\u12"', "[", "{", '{"a"', '{"a":', "nul", "-", "[1,2"]:
    attempt(lambda: json.loads(doc))
attempt(lambda: json.dumps([float("nan")], allow_nan=False))
attempt(lambda: json.dumps({(1, 2): 3}))
attempt(lambda: json.dumps(object()))
attempt(lambda: json.dumps({1j: 2}))
attempt(lambda: json.loads(5))
a = []
a.append(a)
attempt(lambda: json.dumps(a))
print(issubclass(json.JSONDecodeError, ValueError), json.JSONDecodeError.__name__)
try:
    json.loads("[}")
except ValueError as e:
    print("caught as ValueError:", e)
