x = 42
name = "Ember"
pi = 3.14159
print(f"{x} {name} {pi:.2f}")
print(f"{x!r} {name!r} {name!s} {'é'!a}")
print(f"{x=}", f"{name = }", f"{pi=:.3f}", f"{x*2=}", f"{name=!s}")
print(f"{x:>10}|{x:<10}|{x:^10}|{x:010}")
print(f"{x:#x} {x:#o} {x:#b} {x:,} {10**6:_}")
w, p = 12, 3
print(f"{pi:{w}.{p}f}|", f"{'a':{'>'}{5}}")
print(f"{{}} {{{x}}}")
print(f"{'nested ' + f'{x}'}")
print(f"{[1, 2, 3][1]} {dict(a=1)['a']} {(lambda v: v * 2)(3)}")
print(f"{x if x > 40 else 0}", f"{(x, x)}", f"{x % 5}")
items = ["a", "b"]
print(f"{len(items)} items: {', '.join(items)}")
print(f"""multi
{x}
line""")
print(rf"raw\n{x}", fr"{x}\t")
print(f"{3.0:g} {1e-10:g} {123456789:e} {0.5:%}")
class T:
    def __str__(self):
        return "str-T"
    def __repr__(self):
        return "repr-T"
    def __format__(self, spec):
        return "fmt-T(" + spec + ")"
t = T()
print(f"{t} {t!s} {t!r} {t:spec} {t=}")
print(f"{'😀':*^5}", f"{-0.0:z.1f}" if True else "")
print(f"{x:{'d'}}", f"{'abc'[::-1]}", f"{ {'k': 1}['k'] }")
print(f"{None} {True} {b'b'}")
print(f"{x:+} {-x:+} {x: } {x:=+8}")
