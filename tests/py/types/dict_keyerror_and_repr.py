d = {"a": 1, 2: "two", (3, 4): [5], None: None, 1.5: True}
print(d)
print(repr({}), str({"q": "it's"}), {"nested": {"k": {}}})
for key in ("missing", 99, (1, 2), None, ""):
    try:
        d[key] if key is not None else {}[key]
    except KeyError as e:
        print(repr(e), e.args)
try:
    d[[1]]
except TypeError as e:
    print(e)
