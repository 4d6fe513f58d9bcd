# CSV parsing with quoted fields by hand, then an aggregated, formatted report.

DATA = '''region,product,units,price
north,widget,10,2.50
south,"gadget, deluxe",3,19.99
north,gizmo,7,5.00
east,widget,1,2.50
south,widget,12,2.45
"north","say ""hi"" mug",2,8.00
east,gizmo,0,5.00
west,gadget,,19.99
'''


def split_csv_line(line):
    fields = []
    field = ""
    in_quotes = False
    i = 0
    while i < len(line):
        ch = line[i]
        if in_quotes:
            if ch == '"':
                if i + 1 < len(line) and line[i + 1] == '"':
                    field += '"'
                    i += 1
                else:
                    in_quotes = False
            else:
                field += ch
        elif ch == '"':
            in_quotes = True
        elif ch == ",":
            fields.append(field)
            field = ""
        else:
            field += ch
        i += 1
    fields.append(field)
    return fields


lines = DATA.strip().split("\n")
header = split_csv_line(lines[0])
rows = []
problems = []
for n, line in enumerate(lines[1:], 2):
    row = dict(zip(header, split_csv_line(line)))
    try:
        row["units"] = int(row["units"])
        row["price"] = float(row["price"])
    except ValueError as e:
        problems.append(f"line {n}: {e}")
        continue
    rows.append(row)

print(header)
for r in rows:
    print(r)
print(problems)

totals = {}
for r in rows:
    totals[r["region"]] = totals.get(r["region"], 0) + r["units"] * r["price"]

print(f"{'region':<8}|{'revenue':>10}|{'share':>7}")
print("-" * 27)
grand = sum(totals.values())
for region, amount in sorted(totals.items(), key=lambda kv: kv[1], reverse=True):
    print(f"{region:<8}|{amount:>10.2f}|{amount / grand:>7.1%}")
print(f"{'total':<8}|{grand:>10,.2f}|")

best = max(rows, key=lambda r: r["units"] * r["price"])
print("best line:", best["product"], "in", best["region"])
products = sorted({r["product"] for r in rows})
print(products)
print(split_csv_line('a,"",b,'), split_csv_line(''), split_csv_line('"x,y"'))
