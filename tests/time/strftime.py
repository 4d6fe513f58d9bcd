# time.strftime with fixed struct_times (C locale directives and glibc flags).
import time

t = time.gmtime(1234567890)
for d in "aAbBcCdDeFgGhHIjklmMnpPrRsStTuUVwWxXyYzZ%":
    print(d, repr(time.strftime("%" + d, t)))
print(time.strftime("%Y-%m-%dT%H:%M:%S", t))
print(repr(time.strftime("", t)), repr(time.strftime("%", t)), repr(time.strftime("abc%", t)), repr(time.strftime("%Q %f", t)))
print(time.strftime("%-d|%_d|%02d|%^a|%#b|%5Y|%Ec|%Oy|%-j|%_H|%^B", time.gmtime(0)))
for tt in [(2021, 1, 1, 0, 0, 0, 4, 1, 0), (2020, 12, 31, 0, 0, 0, 3, 366, 0), (2018, 12, 31, 0, 0, 0, 0, 365, 0),
           (2016, 1, 3, 0, 0, 0, 6, 3, 0), (2026, 6, 15, 13, 5, 9, 0, 166, 0), (999, 1, 1, 0, 0, 0, 0, 1, 0),
           (12345, 1, 1, 0, 0, 0, 0, 1, 0), (2000, 1, 1, 12, 0, 0, 5, 1, 0), (2000, 1, 1, 0, 0, 0, 5, 1, 0)]:
    print(tt[:3], time.strftime("%U %W %V %G %g %j %u %w %a %I %p %l %k %C %y", tt))
print(time.strftime("%Y %m %d %j", (2020, 0, 0, 0, 0, 0, 0, 0, 0)))
print(time.strftime("%S", (2020, 1, 1, 0, 0, 61, 0, 1, 0)), time.strftime("%a", (2020, 1, 1, 0, 0, 0, 7, 1, 0)))
print(time.strftime("%z", time.gmtime(0)), time.strftime("%Z", time.gmtime(0)))
for bad in [(2020, 1, 1, 0, 0, 0, 0, 400, 0), (2020, 1, 1, 24, 0, 0, 0, 1, 0), (2020, 1, 1, 0, 0, 62, 0, 1, 0), (1, 2)]:
    try:
        print(time.strftime("%Y", bad))
    except Exception as e:
        print(type(e).__name__, e)
try:
    time.strftime(1)
except TypeError as e:
    print(e)
