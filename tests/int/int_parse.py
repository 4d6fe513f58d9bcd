print(int("42"), int("-42"), int("  7  "), int("+3"), int("1_000"))
print(int("ff", 16), int("FF", 16), int("0xff", 16), int("0xff", 0), int("0o17", 0), int("0b101", 0))
print(int("z", 36), int("10", 2), int("777", 8), int("-0x10", 0))
print(int(3.9), int(-3.9), int(True), int(1e20))
print(int("٣"), int("\u0661\u0662"))
print(int(), int("0"), int("000"), int("0", 0))
for bad in ["", " ", "1.5", "abc", "1__0", "_1", "1_", "0x", "--1", "12a"]:
    try:
        int(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    int("010", 0)
except ValueError as e:
    print("ValueError:", e)
try:
    int("9", 8)
except ValueError as e:
    print("ValueError:", e)
try:
    int("1", 1)
except ValueError as e:
    print("ValueError:", e)
try:
    int("1", 37)
except ValueError as e:
    print("ValueError:", e)
try:
    int(5, 10)
except TypeError as e:
    print("TypeError:", e)
try:
    int(None)
except TypeError as e:
    print("TypeError:", e)
try:
    int([1])
except TypeError as e:
    print("TypeError:", e)
try:
    int(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(float("nan"))
except ValueError as e:
    print("ValueError:", e)
print(int(b"12"), int(bytearray(b"34")))
print(int("  -0b11  ", 0))
class N:
    def __index__(self):
        return 9
print(int(N()))
