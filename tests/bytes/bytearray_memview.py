ba = bytearray(b"hello")
ba[0] = 72
print(ba, len(ba))
ba.append(33)
ba.extend(b"??")
print(ba)
ba[1:3] = b"EE"
print(ba)
del ba[-2:]
print(ba, ba.pop(), ba)
ba.insert(0, 62)
ba.reverse()
print(ba, ba.find(b"l"), ba.upper(), bytes(ba))
ba.remove(108)
print(ba)
ba += b"!!"
print(ba, ba * 2, ba == b"oleEH>!!", ba[0])
print(bytearray(3), bytearray([1, 2]), bytearray("ab", "ascii"), bytearray(b"x").hex())
try:
    ba[0] = 256
except ValueError as e:
    print("ValueError:", e)
try:
    ba[0] = "a"
except TypeError as e:
    print("TypeError:", e)
try:
    hash(ba)
except TypeError as e:
    print("TypeError:", e)
try:
    bytearray().pop()
except IndexError as e:
    print("IndexError:", e)
mv = memoryview(b"abcdef")
print(mv[0], mv[-1], bytes(mv[1:3]), mv.tobytes(), mv.tolist()[:3], len(mv), mv.readonly)
mb = memoryview(bytearray(b"xyz"))
mb[0] = 65
print(mb.tobytes(), mb.obj, mb.readonly, mb.nbytes, mb.format, mb.itemsize)
try:
    mv[0] = 1
except TypeError as e:
    print("TypeError:", e)
print(mv == b"abcdef", bytes(mv[::2]), bytearray(mv[2:4]))
with memoryview(b"q") as m:
    print(m.tobytes())
try:
    m.tobytes()
except ValueError as e:
    print("ValueError:", e)
print(bytes(bytearray(b"cv")), bytearray(b"a") + b"b", b"a" + bytearray(b"b"))
print(type(bytearray(b"a") + b"b").__name__, type(b"a" + bytearray(b"b")).__name__)
