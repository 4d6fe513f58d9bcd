# Every flavour of integer format spec via format(), f-strings and str.format.

n = 48879
specs = ["", "d", "10d", "<10d", "^10d", ">10d", "=10d", "+d", " d", "-d", "010d", "+010d",
         ",d", "_d", "_x", "_b", "x", "X", "#x", "#X", "o", "#o", "b", "#b", "#010b", "c",
         "*^12,", "e", ".2f", "%", "g", "n", "#_o"]
for spec in specs:
    print(f"{spec!r:>10} -> [{format(n, spec)}]  [{format(-n, spec) if spec != 'c' else ''}]")

print("{:08.3f}|{:>+6d}|{:<6x}|{:^7o}|".format(3, 42, 255, 8))
print("{0:b} {0:o} {0:x} {0:#X} {0:,}".format(1234567))
print(format(0, "#x"), format(0, "b"), format(-0, "+d"), format(True, "d"), format(False, "#b"))
print(f"{2**70:,}", f"{-2**70:_x}", f"{10**12:>20,}")
print(f"{65:c}{97:c}{0x263A:c}", format(8364, "c"))
width, fill = 12, "-"
print(f"{123:{fill}>{width}}", f"{123:{fill}<{width},}")
for bad in ["s", ",b", "_c", "+c", "z", ".3d", "=s"]:
    try:
        print(format(42, bad))
    except ValueError as e:
        print(f"{bad!r}: ValueError: {e}")
try:
    format(-1, "c")
except OverflowError as e:
    print("OverflowError:", e)
print(str(42), repr(-42), str(-0), repr(10**20), int.__format__(7, "03"))
