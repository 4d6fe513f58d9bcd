# Clocks: types, monotonicity, sleep, get_clock_info (only deterministic facts are printed).
import time

print(type(time.time()).__name__, type(time.time_ns()).__name__, type(time.monotonic()).__name__,
      type(time.monotonic_ns()).__name__, type(time.perf_counter()).__name__, type(time.perf_counter_ns()).__name__,
      type(time.process_time()).__name__, type(time.process_time_ns()).__name__,
      type(time.thread_time()).__name__, type(time.thread_time_ns()).__name__)
print(time.time() > 1.6e9, time.time_ns() > 1.6e18, abs(time.time() - time.time_ns() / 1e9) < 5)
a = time.monotonic(); b = time.monotonic(); print(b >= a)
a = time.perf_counter_ns(); b = time.perf_counter_ns(); print(b >= a)
a = time.monotonic_ns(); time.sleep(0.02); b = time.monotonic_ns(); print(b - a >= 19_000_000)
a = time.perf_counter(); time.sleep(0); time.sleep(0.01); print(time.perf_counter() - a >= 0.009)
x = 0
t0 = time.process_time()
for i in range(200000):
    x += i
print(time.process_time() >= t0, time.thread_time() >= 0)
for bad in [-1, -0.5, "1", None, float("nan")]:
    try:
        time.sleep(bad)
    except Exception as e:
        print(type(e).__name__, e)
for name in ["time", "monotonic", "perf_counter", "process_time", "thread_time"]:
    info = time.get_clock_info(name)
    print(name, info.monotonic, info.adjustable, type(info.implementation).__name__, info.resolution > 0)
try:
    time.get_clock_info("nope")
except ValueError as e:
    print(e)
g = time.gmtime()
print(type(g).__name__, len(g), g.tm_year >= 2024, g.tm_zone)
l = time.localtime()
print(type(l).__name__, len(l), type(l.tm_zone).__name__, type(l.tm_gmtoff).__name__)
print(type(time.timezone).__name__, type(time.altzone).__name__, time.daylight in (0, 1), len(time.tzname))
print(time.mktime(time.localtime(1234567890)), time.mktime(time.localtime(0)))
print(len(time.ctime()), len(time.asctime()), time.ctime(0) == time.asctime(time.localtime(0)))
print(time.localtime(1234567890.7) == time.localtime(1234567890))
