vals = [3.14159265, -2.5, 0.0, -0.0, 1234567.891, 1e-7, 1e20, 0.5, 2.5, float("inf"), float("nan")]
specs = ["", "f", ".2f", ".0f", "10.3f", "<10.1f", "^12.2e", "e", ".3E", "g", ".3g", "G", ".10g",
         "%", ".1%", "+.2f", " .1f", "012.3f", ",.2f", "_.1f", "#.0f", "#g", "z.1f", ".0e", "n", "-^+10.1f"]
for v in vals:
    print(repr(v), " ".join(repr(format(v, s)) for s in specs))
print(format(0.1, ".20f"), format(1 / 3, ".17g"), format(2 ** 0.5, ".15"), format(1e16, ""), format(1e16, "g"))
print(format(123.456, "r") if False else format(123.456, ".5"), format(100.0, ".3"), format(1e-5, ".3"))
print(format(-0.0001, "z.2f"), format(0.125, ".2f"), format(0.375, ".2f"), format(2.675, ".2f"))
try:
    format(1.5, "d")
except ValueError as e:
    print("ValueError:", e)
try:
    format(1.5, "#x")
except ValueError as e:
    print("ValueError:", e)
