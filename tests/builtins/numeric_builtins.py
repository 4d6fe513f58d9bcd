print(abs(-3), abs(3.5), abs(-0.0), abs(True), abs(-2 ** 70))
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5))
print(bin(10), bin(-10), oct(64), oct(-8), hex(255), hex(-255), hex(0), bin(0))
print(round(2.5), round(3.5), round(-2.5), round(2.567, 2), round(17, -1))
print(pow(3, 4), pow(3, 4, 5), pow(2, -2), pow(-2, 0.5) if False else "skip")
print(sum([1, 2, 3]), sum([1, 2], 10), sum([0.1, 0.2]), sum([[1], [2]], []), sum(range(5), start=100))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError:", e)
print(sum([]), sum([True, True]), sum(x * x for x in range(4)))
print(max(1, 5, 3), max([4, 9, 2]), max("apple", "fig", key=len), max([], default="empty"))
print(min(1, 5, 3), min([4, 9, 2]), min("apple", "fig", key=len), min((), default=None))
print(max([1, 3, 3, 2], key=lambda v: v % 3), max([(1, "b"), (1, "a")]), min([3, 1, 1], key=lambda v: -v))
for bad in [lambda: max([]), lambda: min(), lambda: max(1), lambda: max(1, 2, default=0)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print(int("7"), float("7"), complex(7), bool(7), str(7))
print(hash(7) == hash(7.0), isinstance(hash("x"), int))
print(chr(65), chr(0x1F600) == "😀", ord("A"), ord("€"), ord("😀"))
print(ascii("plain"), ascii("café ☕"), ascii(["é"]), repr("é"))
print(format(1234.5678, ",.2f"), format(255, "08b"), format("x", "*>4"))
