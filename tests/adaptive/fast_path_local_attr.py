# LOAD_FAST_ATTR: a local whose attribute or method is loaded next is quickened to do both in
# the fast path; everything the attribute load's guard does not cover must still behave.


class A:
    def __init__(self, v):
        self.v = v

    def get(self):
        return self.v


class B:
    def __init__(self, v):
        self.w = 0
        self.v = v

    def get(self):
        return -self.v


class WithProp:
    @property
    def v(self):
        return "prop"

    def get(self):
        return "method"


def read(o):
    return o.v


def call(o):
    return o.get()


def unbound_then(flag):
    if flag:
        x = A(1)
    return x.v


objs = [A(1), B(2), A(3)]
total = 0
for i in range(3000):
    o = objs[i % 3]
    total += read(o) + call(o)
print("mono/poly:", total)

print("other shapes:", read(WithProp()), call(WithProp()))

for k in range(2000):
    unbound_then(True)
try:
    unbound_then(False)
except UnboundLocalError as e:
    print("UnboundLocalError:", e)

# the attribute goes away and comes back; the method is replaced on the class
a = A(5)
for i in range(2000):
    read(a)
del a.v
try:
    read(a)
except AttributeError as e:
    print("AttributeError:", e)
a.v = 7
print("back:", read(a))
A.get = lambda self: "patched"
print("patched:", [call(A(0)) for _ in range(3)])


def chain(o):
    s = 0
    for i in range(100):
        s += o.v
        o = o if i % 2 else o
    return s


print("loop:", sum(chain(A(i)) for i in range(100)))


class Slotted:
    __slots__ = ("v", "w")

    def __init__(self, v):
        self.v = v


def read_slot(o):
    return o.v


print("slots:", sum(read_slot(Slotted(i)) for i in range(3000)))
s = Slotted(1)
del s.v
try:
    read_slot(s)
except AttributeError as e:
    print("AttributeError:", e)
