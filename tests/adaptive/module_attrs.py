# Module attribute loads (math, sys, a module object made at runtime) that change mid-loop.
import math
import sys

ModuleType = type(sys)
cfg = ModuleType("cfg", "runtime module")
cfg.limit = 10
cfg.name = "first"


def use_math(x):
    return math.floor(x) + math.pi * 0


def use_cfg(i):
    return cfg.limit + i


def use_name():
    return cfg.name


out = []
real_floor = math.floor
for i in range(120):
    if i == 40:
        math.floor = lambda x: -1
    elif i == 60:
        del math.floor
    elif i == 80:
        math.floor = real_floor
    try:
        out.append(use_math(i + 0.5))
    except AttributeError as e:
        out.append("AE")
        if i == 60:
            print("AttributeError:", e)
print(out[39:41], out[59:61], out[79:81], out[-1])

vals = []
for i in range(100):
    if i == 30:
        cfg.limit = 2 ** 70
    elif i == 50:
        cfg.limit = 0.5
    elif i == 70:
        del cfg.limit
    elif i == 85:
        cfg.__dict__["limit"] = -100
    try:
        vals.append(use_cfg(i))
    except AttributeError as e:
        vals.append("AE")
        if i == 70:
            print("AttributeError:", e)
print(vals[29:31], vals[49:51], vals[69:71], vals[84:86])

# swap the whole module object the global name refers to
other = ModuleType("other")
other.name = "other-module"
other.limit = 1
names = []
for i in range(60):
    if i == 20:
        cfg, saved = other, cfg
    if i == 40:
        cfg = saved
        cfg.name = "renamed"
    names.append(use_name())
print(names[19:21], names[39:41], cfg.__name__, cfg.__doc__, other.__doc__)

# sys attributes read in a hot loop
acc = 0
for i in range(100):
    acc += sys.maxsize > 2 ** 31
    acc += len(sys.argv) >= 1
print(acc, sys.maxsize == 2 ** 63 - 1, type(sys.version_info[0]).__name__, sys.version_info[:2] >= (3, 11))


class Lazy(ModuleType):
    def __getattr__(self, name):
        return "lazy-" + name


lazy = Lazy("lazy")
lazy.real = 1
got = [lazy.real, lazy.anything, getattr(lazy, "x")]
print(got, isinstance(lazy, ModuleType), type(lazy).__name__)
try:
    cfg.nothing
except AttributeError as e:
    print("AttributeError:", e)
try:
    math.nothing
except AttributeError as e:
    print("AttributeError:", e)
print(math.floor(2.5), math.floor(-2.5), math.sqrt(16.0), math.inf > 2 ** 1000, math.isnan(math.nan))
