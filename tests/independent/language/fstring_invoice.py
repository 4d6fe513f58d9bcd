# Rendering an invoice with f-strings: alignment, fill, precision, thousands, nested specs, !r/!s/=.

items = [
    ("Widget", 4, 3.5),
    ("Gadget with a very long name", 1, 1299.99),
    ("Screws (box)", 250, 0.042),
    ("Service fee", 1, 75),
]
TAX = 0.0825
width = 44

print(f"{'INVOICE':^{width}}")
print(f"{'':=^{width}}")
print(f"{'Item':<20}{'Qty':>5}{'Unit':>9}{'Total':>10}")
print(f"{'-' * width}")
subtotal = 0
for name, qty, unit in items:
    total = qty * unit
    subtotal += total
    short = name if len(name) <= 18 else name[:17] + "…"
    print(f"{short:<20}{qty:>5d}{unit:>9.3f}{total:>10,.2f}")
print(f"{'-' * width}")
tax = subtotal * TAX
for label, amount in [("Subtotal", subtotal), (f"Tax ({TAX:.2%})", tax), ("TOTAL", subtotal + tax)]:
    print(f"{label:>34}{amount:>10,.2f}")
print(f"{'':=^{width}}")

n = 1234567.891
print(f"{n:,.1f} | {n:_.0f} | {n:e} | {n:.3g} | {n:>15,.2f}| {n:<15.1f}|")
print(f"{42:08.3f} {-42:+d} {42:+d} {42: d} {0.5:%} {255:#x} {255:#o} {255:#b} {255:X}")
print(f"{'left':*<10}|{'right':*>10}|{'mid':*^10}|")
print(f"{3.14159:{'>'}{12}.{3}f}|")
value = "text"
count = 3
print(f"{value!r} {value!s} {value!a} {'ünï'!a}")
print(f"{count=} {value=!r} {count * 2 = }")
print(f"{{literal braces}} {count:{'0'}>{4}}")
print(f"{[1, 2][0]} {dict(a=1)['a']} {'x' if count > 2 else 'y'}")
rows = [("a", 1.0), ("bbb", 22.25), ("cc", 333.125)]
w = max(len(r[0]) for r in rows)
for label, num in rows:
    print(f"[{label:>{w}}] [{num:^10.2f}] [{num:<+9.1f}]")
print(f"{1e-7:.2e} {123456789:.2e} {0.000123:g} {1e20:g} {float('inf'):>6} {float('nan'):<5}|")
print(f"{True} {True:d} {None!r:>6} {b'xy'!r}")
