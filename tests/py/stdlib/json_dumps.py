# json.dumps: separators, indent, sort_keys, ensure_ascii, floats, key types.
import json

data = {"b": [1, 2.5, 1e100, -0.0, True, None, "x\u00e9\u4e2d\U0001f600\n\t\"\\\x7f\x01"],
        "a": {"z": 1, "y": [], "x": {}}, 3: "int key", 1.5: "float", None: "none", True: "t"}
print(json.dumps(data))
print(json.dumps(data, ensure_ascii=False))
print(json.dumps({"b": 1, "a": [1, 2, {"c": 3}]}, indent=2, sort_keys=True))
print(json.dumps([1, [2, [3]]], indent="\t"))
print(json.dumps([1, {"a": 2}], separators=(",", ":")))
print(json.dumps([1, {"a": 2}], indent=0))
print(json.dumps([[], {}], indent=4))
print(json.dumps([float("inf"), float("-inf"), float("nan"), 0.1, 1 / 3, 123456789012345678901234567890]))
print(json.dumps("\ud83d"), json.dumps(12345678901234567890), json.dumps(True), json.dumps(None), json.dumps("a/b"))
print(json.dumps({"b": 1, "a": 2}, sort_keys=True, separators=(", ", ": ")))
print(json.dumps([1, 2], indent=2, separators=(",", ": ")))
print(json.dumps((1, (2, 3))), json.dumps(""), json.dumps([]), json.dumps({}))


class MyInt(int):
    pass


class MyFloat(float):
    pass


class MyStr(str):
    pass


print(json.dumps([MyInt(5), MyFloat(2.5), MyStr("q"), {MyStr("k"): MyInt(1)}]))
