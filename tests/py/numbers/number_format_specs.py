# format() of ints, bools, floats and complexes across the spec mini-language.
specs = ["", "d", "5d", "<8", "^9", "=+10", "x", "#X", "#o", "b", "#b", ",", "_", "_x", "012,", "c", "e", ".2f", "%", "g", "n", " ", "+", "z", "s", ".3"]
for v in [0, 5, -42, 255, 2**70, -(2**70) - 1, True]:
    out = []
    for s in specs:
        try:
            out.append(format(v, s))
        except Exception as e:
            out.append(type(e).__name__ + ":" + str(e))
    print(v, out)
for v in [0.0, -0.0, 1.5, -2.25, 1e20, 1e-7, float("inf"), float("nan"), 123456.789]:
    out = []
    for s in specs + [".0f", "#.0f", "z.1f", ".1%", ".10g", "010.3e", "r"]:
        try:
            out.append(format(v, s))
        except Exception as e:
            out.append(type(e).__name__ + ":" + str(e))
    print(v, out)
for v in [1+2j, -1.5j, complex(0.0, 0.0), complex(-0.0, 2), complex(float("nan"), 1)]:
    out = []
    for s in ["", "g", ".1f", "+.2e", "<15", " ", "10", "=10", "010", "d", "z.1f", "#g", ",", "n", "E"]:
        try:
            out.append(format(v, s))
        except Exception as e:
            out.append(type(e).__name__ + ":" + str(e))
    print(v, out)
print("%d %5.2f %x %e %g" % (2**70, 1.5, 2**65, 1e300, 1e-300))
print(str(2**64), repr(-2**64), 2**64 - 1, -(2**63))
