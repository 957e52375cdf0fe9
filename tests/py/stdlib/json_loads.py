# json.loads: all value kinds, hooks, whitespace, raw_decode.
import json

s = ('{"a": [1, 2.5, -3e2, 0, -0, 1E+2, 12.0e-3, "s\\u00e9\\ud83d\\ude00\\n\\/"], '
     '"b": {"c": null, "d": true, "e": false}, "n": NaN, "i": -Infinity}')
print(json.loads(s))
print(json.loads(s, parse_float=str, parse_int=lambda x: int(x) * 10))
print(json.loads(s, object_hook=lambda d: sorted(d)))
print(json.loads(s, object_pairs_hook=lambda pairs: pairs))
print(json.loads("[1, 2]", parse_constant=str), json.loads(' "x" '), json.loads(b"[1]"))
print(json.loads(bytearray(b'{"\xc3\xa9": 1}')))
print(json.loads('{"a": 1, "a": 2}'))
print(json.JSONDecoder().raw_decode("[1] extra"))
print(ascii(json.loads('"\\ud83d"')))
print(json.loads("  \n [ \t 1 ,\r\n 2 ] \n "))
print(json.loads("123456789012345678901234567890"), json.loads("-0.0"), json.loads("1e400"))
hook = lambda d: complex(d["real"], d["imag"]) if "__complex__" in d else d
print(json.loads('{"__complex__": true, "real": 1, "imag": 2}', object_hook=hook))
print(json.loads(json.dumps({"round": [1, "trip", None, {"x": 1.5}]})))
