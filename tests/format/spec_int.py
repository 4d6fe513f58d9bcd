n = 1234567
for spec in ["", "d", "10d", "<10d", ">10", "^10", "=10", "+d", "-d", " d", "010d", ",", "_", "_x", "_b",
             "x", "X", "#x", "#X", "o", "#o", "b", "#b", "c" if False else "n", "e", ".2e", "f", ".1%",
             "*^15,", "0>12", "+012,", "#012x", "E", "g", "G"]:
    print(repr(spec), repr(format(n, spec)), repr(format(-n, spec)))
print(format(65, "c"), format(0, "#b"), format(-255, "#x"), format(True, "d"), format(True, ""))
print(format(2 ** 70, ","), format(-(2 ** 70), "_x"))
for bad in ["s", ".2d", ",x", "q"]:
    try:
        format(5, bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    format(5, ",_")
except ValueError as e:
    print("ValueError:", e)
