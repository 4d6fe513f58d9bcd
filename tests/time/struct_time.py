# time.struct_time, gmtime and the conversions of fixed timestamps (UTC only: deterministic).
import time

t = time.gmtime(1234567890)
print(t)
print(t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec, t.tm_wday, t.tm_yday, t.tm_isdst)
print(t.tm_zone, t.tm_gmtoff, len(t), t[0], t[-1], t[1:3], tuple(t))
print(type(t).__name__, type(t).__module__, isinstance(t, tuple), t == tuple(t))
print(time.struct_time.n_fields, time.struct_time.n_sequence_fields, time.struct_time.n_unnamed_fields)
for secs in [0, 1, -1, 86399, 86400, 951782400, 1e9, 2**31 - 1, 2**31, 4102444800, -2208988800, 253402300799, 1.999, -1.5]:
    print(secs, tuple(time.gmtime(secs)))
s = time.struct_time((2020, 2, 29, 12, 30, 45, 5, 60, 0))
print(s, s.tm_zone, s.tm_gmtoff)
s = time.struct_time((2020, 2, 29, 12, 30, 45, 5, 60, 0, "XYZ", 3600))
print(s, s.tm_zone, s.tm_gmtoff)
s = time.struct_time((2020, 2, 29, 12, 30, 45, 5, 60, 0), {"tm_zone": "Q"})
print(s.tm_zone)
for bad in [(1, 2, 3), tuple(range(12)), 5, "abcdefghi"]:
    try:
        print(time.struct_time(bad))
    except Exception as e:
        print(type(e).__name__, e)
print(time.asctime(time.gmtime(0)), "|", time.asctime((2020, 1, 1, 0, 0, 0, 2, 1, 0)))
print(time.asctime(time.gmtime(1234567890)))
for bad in [(2020, 13, 1, 0, 0, 0, 0, 1, 0), (2020, 1, 32, 0, 0, 0, 0, 1, 0), (2020, 1, 1, 24, 0, 0, 0, 1, 0),
            (2020, 1, 1, 0, 60, 0, 0, 1, 0), (2020, 1, 1, 0, 0, 62, 0, 1, 0), (2020, 1, 1, 0, 0, 0, -2, 1, 0),
            (2020, 1, 1, 0, 0, 0, 0, 367, 0), (2020, 1, 1), 5, [2020, 1, 1, 0, 0, 0, 0, 1, 0], (2020.5, 1, 1, 0, 0, 0, 0, 1, 0)]:
    try:
        print(time.asctime(bad))
    except Exception as e:
        print(type(e).__name__, e)
for bad in [float("nan"), 1e20, "x"]:
    try:
        print(time.gmtime(bad))
    except Exception as e:
        print(type(e).__name__, e)
print(time.gmtime(None) is not None)
