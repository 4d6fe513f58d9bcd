# bytearray mutation, aliasing, subclasses, and memoryview write-through.
ba = bytearray(b"abcdef")
ba[0] = 65
ba[-1] = 70
print(ba, ba[0], ba[-2], ba[1:3], ba[::-1], type(ba[1:2]).__name__)
ba[1:3] = b"XYZ"
print(ba, len(ba))
ba[::2] = b"123"[:len(ba[::2])] if len(ba[::2]) == 3 else bytes(len(ba[::2]))
print(ba)
ba[2:2] = [33, 34]
print(ba)
ba[:] = b"reset"
print(ba)
del ba[0]
del ba[-1]
print(ba)
del ba[::2]
print(ba)
ba = bytearray(range(10))
del ba[2:5]
print(ba, ba.pop(), ba.pop(0), ba.pop(-2), ba)
ba.insert(0, 255)
ba.insert(100, 254)
ba.insert(-1, 253)
print(ba)
ba.remove(255)
ba.reverse()
print(ba)
ba.append(0x41)
ba.extend(b"BC")
ba.extend([68, 69])
ba.extend(bytearray(b"F"))
ba.extend(memoryview(b"G"))
ba.extend(x for x in b"HI")
print(ba)
c = ba.copy()
c.clear()
print(c, len(c), ba == c, c == b"")
x = bytearray(b"ab")
y = x
x += b"cd"
print(x, y, x is y)
x *= 2
print(x, y is x)
x *= 0
print(x, y)
z = bytearray(b"q") * 3
print(z, 2 * bytearray(b"ab"), bytearray(b"a") + b"b", b"a" + bytearray(b"b"), type(b"a" + bytearray(b"b")).__name__)
print(bytearray(), bytearray(3), bytearray([1, 2, 3]), bytearray(b"x"), bytearray("é", "utf-8"), bytearray(memoryview(b"mv")))
ba = bytearray(b"Hello World")
print(ba.upper(), ba.lower(), ba.split(), ba.partition(b" "), ba.replace(b"o", b"0"), ba.strip(b"Hd"))
print(ba.find(b"o"), ba.count(b"l"), ba.startswith(b"He"), ba.center(15, b"*"), ba.hex(), ba.title(), ba.zfill(13))
print(ba.decode(), ba.isalpha(), ba.istitle(), bytearray(b"-").join([b"a", b"b"]), ba.splitlines(), ba.expandtabs())
print(repr(bytearray(b"it's")), str(bytearray(b"x")), bytearray(b"%d") % 5, ba == bytearray(b"Hello World"), ba < b"Z")
it = iter(ba)
next(it)
ba[1] = 69
print(next(it), list(it)[:3])
class Buf(bytearray):
    def total(self):
        return sum(self)
bb = Buf(b"\x01\x02\x03")
bb.append(4)
print(bb, repr(bb), bb.total(), type(bb).__name__, type(bb.copy()).__name__, type(bb + b"").__name__, isinstance(bb, bytearray))
bb.tag = "t"
print(bb.tag, len(bb), bb[0], Buf(2), Buf.fromhex("ff"), type(Buf.fromhex("ff")).__name__)
data = bytearray(b"hello")
mv = memoryview(data)
mv[0] = 74
mv[1:3] = b"EL"
print(data, mv.tobytes(), mv.readonly, mv.nbytes, mv[0], mv[-1], bytes(mv[1:4]))
data[4] = 33
print(mv.tobytes(), mv.tolist(), mv.hex(), mv[::-1].tobytes(), mv[::2].tolist())
sub = mv[1:4]
sub[0] = 0x65
print(data, sub.tobytes(), sub.obj is data, len(sub), sub.shape, sub.strides)
ro = mv.toreadonly()
print(ro.readonly, ro.tobytes(), mv == data, mv == ro, mv != b"x")
with memoryview(data) as m2:
    m2[0] = 0x4A
print(data, repr(m2).startswith("<released memory at"))
cast = memoryview(data).cast("c")
print(cast.format, cast[0], cast.tolist(), memoryview(data).cast("b").format, memoryview(b"\xff").cast("b")[0])
print(memoryview(b"abc").format, memoryview(b"abc").itemsize, memoryview(b"abc").ndim, memoryview(b"").tolist(), list(memoryview(b"hi")))
