s = "héllo wörld ✓"
b = s.encode("utf-8")
print(b)
print(len(s), len(b), b.decode("utf-8") == s)
print("abc".encode(), "abc".encode("ascii"), b"abc".decode())
print(s.encode("ascii", errors="replace"), s.encode("ascii", errors="ignore"))
try:
    s.encode("ascii")
except UnicodeEncodeError as e:
    print(type(e).__name__, e.reason, e.start, e.end)
try:
    b"\xff\xfe".decode("utf-8")
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
print(b"\xe4\xbd\xa0".decode("utf-8"), b"caf\xc3\xa9".decode(), b"\xff".decode("utf-8", "replace"))
print("ü".encode("latin-1"), b"\xfc".decode("latin-1"))
