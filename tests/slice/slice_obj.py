s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None), slice(1, 2))
print(s.indices(5), slice(None, None, -1).indices(4), slice(-3, None).indices(10), slice(-100, 100).indices(3))
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3))
try:
    slice(0, 1, 0).indices(5)
except ValueError as e:
    print("ValueError:", e)
try:
    slice(1, 2, 3).start = 5
except AttributeError as e:
    print("AttributeError:", e)
data = list(range(10))
print(data[s], "abcdefghijk"[s], tuple(range(20))[s])
class Seq:
    def __getitem__(self, item):
        return item
q = Seq()
print(q[1], q[1:2], q[1:2:3], q[::], q[:, 1], q[..., 1:], q[1, 2, 3], q[::-1])
print(q[:5], q["a":"b"], q[None:None:None])
class Recorder:
    def __getitem__(self, k):
        if isinstance(k, slice):
            return ("slice", k.start, k.stop, k.step)
        return ("index", k)
    def __setitem__(self, k, v):
        print("set", k, v)
    def __delitem__(self, k):
        print("del", k)
r = Recorder()
print(r[2], r[-1:], r[::2])
r[1:3] = "x"
r[0] = "y"
del r[::5]
del r[7]
try:
    hash(slice(1, 2))
    print("hashable")
except TypeError as e:
    print("TypeError:", e)
print(slice(1, 2, None).step is None, repr(slice("a", [1], (2,))))
