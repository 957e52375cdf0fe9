import time
t = time.gmtime(0)
print(t)
print(t.tm_year, t.tm_mon, t.tm_mday, t.tm_wday, t.tm_yday, t[0], len(t), t.tm_zone)
print(tuple(time.gmtime(1700000000)))
print(time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime(1234567890)))
print(time.asctime(time.gmtime(1234567890)))
print(time.strftime("%a %b %d %j", (2024, 2, 29, 12, 0, 0, 3, 60, 0)))
lt = time.localtime()
print(type(lt).__name__, isinstance(lt, tuple), lt.tm_year >= 2024)
print(abs(time.mktime(time.localtime(1000000000)) - 1000000000) < 1)
s = time.struct_time((2020, 1, 2, 3, 4, 5, 3, 2, 0))
print(s.tm_hour, s)
try:
    time.struct_time((1, 2))
except TypeError as e:
    print(e)
print(type(time.timezone).__name__, type(time.tzname).__name__, time.daylight in (0, 1))
