print(int("ff", 16), int("0xff", 16), int("0xff", 0), int("0o17", 0), int("0b101", 0), int("z", 36))
print(int("  12  "), int("-12"), int("+7"), int("1_000"), int("0"), int("007"))
print(int(3.99), int(-3.99), int(True), int("١٢٣"))
print(int("11", 2), int("777", 8), int("-0x1a", 16), int("ZZ", 36))
for bad in ("1__0", "_1", "12a", "", " ", "0x", "1.0"):
    try:
        int(bad)
    except ValueError as e:
        print(e)
try:
    int("010", 0)
except ValueError as e:
    print(e)
