class Empty:
    pass
def noop():
    pass
print(noop(), Empty.__name__)
x = [1, 2, 3]
del x[0]
print(x)
a = b = 1
del a, b
print("a" in dir(), "b" in dir())
d = {"k": 1, "j": 2}
del d["k"]
print(d)
class O:
    pass
o = O()
o.attr = 5
print(o.attr)
del o.attr
print(hasattr(o, "attr"))
try:
    del o.attr
except AttributeError as e:
    print("AttributeError:", e)
def g():
    v = 1
    del v
    try:
        return v
    except UnboundLocalError as e:
        return "UnboundLocalError: " + str(e)
print(g())
if True: x = 1; y = 2; print(x + y)
for i in range(2): print(i); print(-i)
while False: pass
total = 0
for i in range(1, 4): total += i
print(total)
i = 0
while i < 3: i += 1
print(i)
