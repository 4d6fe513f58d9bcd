# Float format specs: f/e/g/%/n, precision, alignment, sign handling, '#', 'z', and the empty spec.

nums = [0.0, -0.0, 1.0, -1.5, 3.14159265, 2.5, 0.000012345, 123456789.987, 1e16, 1e-7, 0.5, 1.5, 2.675]
specs = ["", ".0f", ".2f", "10.3f", "<10.1f", "+.2f", " .1e", ".3e", "E", "g", ".3g", "#.3g", "G",
         ".10g", "%", ".1%", ",.2f", "_.1f", "012.4f", "=+12.2f", "z.1f", ".0e", "#.0f", "n"]
for x in nums:
    cells = []
    for spec in specs:
        cells.append(format(x, spec))
    print(" | ".join(cells))

for x in [float("inf"), float("-inf"), float("nan")]:
    print([format(x, s) for s in ["", "f", ".2e", "+g", "010.1f", "%", "^8"]])

print(format(0.5, ".0f"), format(1.5, ".0f"), format(2.5, ".0f"), format(-0.5, ".0f"), format(-0.5, "z.0f"))
print(format(1234.5678, "*>15,.2f"), format(1234.5678, "*<15.1e"), format(-1234.5, "^+15,"))
print("%.3f|%10.2e|%-8.1f|%+g|%G|%08.2f" % (3.14159, 12345.678, 2.25, 1e-5, 1e20, -3.5))
print("{:.2f} {:.3%} {:e} {:g}".format(1 / 3, 1 / 3, 1 / 3, 1 / 3))
print(f"{1e5:g} {1e6:g} {1e-4:g} {1e-5:g} {123456.0:g} {1234567.0:g} {0.0001:.0g}")
print(f"{12.0:#g} {12.0:g} {0.1:.20f} {1/3:.17g} {2/3:.1f} {9.995:.2f} {9.9951:.2f}")
for bad in ["d", "x", ",c", "5.2s"]:
    try:
        print(format(1.5, bad))
    except ValueError as e:
        print(f"{bad!r}: ValueError: {e}")
print(str(1.0), format(1.0), f"{1.0}", "{}".format(1.0), format(1e16), format(1e16, ".1f"))
print(round(2.675, 2), round(0.125, 2), round(0.375, 2), round(1.005, 2), round(-1.5), round(2.5), round(3.5))
print(round(1234.5678, -2), round(1234.5678, 1), round(5, -1), round(15, -1), round(25, -1), round(-25, -1))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, round(float("1e300"), -301))
