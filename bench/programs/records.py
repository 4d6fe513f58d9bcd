"""Record crunching: build a table of dict records, then group, join, aggregate, sort by
compound keys and index them - dict and list operations with small strings and ints."""

ROWS = 40000
ROUNDS = 7

CITIES = ["Oslo", "Lima", "Pune", "Kobe", "Graz", "Nice", "Bern", "Cork", "Faro", "Split"]
ITEMS = ["tea", "rice", "salt", "soap", "pens", "rope", "nails", "glue"]


def make_rows(n, seed):
    x = seed
    rows = []
    for i in range(n):
        x = (x * 214013 + 2531011) & 0xFFFFFFFF
        rows.append({
            "id": i,
            "city": CITIES[(x >> 16) % len(CITIES)],
            "item": ITEMS[(x >> 8) % len(ITEMS)],
            "qty": 1 + (x >> 4) % 20,
            "cents": 50 + (x >> 12) % 5000,
            "customer": (x >> 3) % 997,
        })
    return rows


def crunch(rows):
    by_city = {}
    for r in rows:
        by_city.setdefault(r["city"], []).append(r)
    revenue = {}
    for city, rs in by_city.items():
        revenue[city] = sum(r["qty"] * r["cents"] for r in rs)
    item_totals = {}
    for r in rows:
        key = (r["city"], r["item"])
        t = item_totals.get(key)
        if t is None:
            item_totals[key] = [r["qty"], r["qty"] * r["cents"], 1]
        else:
            t[0] += r["qty"]
            t[1] += r["qty"] * r["cents"]
            t[2] += 1
    customers = {}
    for r in rows:
        c = customers.get(r["customer"])
        if c is None:
            customers[r["customer"]] = c = {"orders": 0, "spent": 0, "cities": set()}
        c["orders"] += 1
        c["spent"] += r["qty"] * r["cents"]
        c["cities"].add(r["city"])
    best = sorted(customers.items(), key=lambda kv: (-kv[1]["spent"], kv[0]))[:3]
    travellers = sum(1 for c in customers.values() if len(c["cities"]) >= 8)
    ranked = sorted(rows, key=lambda r: (r["item"], -r["qty"], r["id"]))
    index = {r["id"]: r for r in ranked}
    sample = [index[i]["cents"] for i in range(0, len(rows), 997)]
    top_pair = max(item_totals.items(), key=lambda kv: (kv[1][1], kv[0]))
    merged = [dict(r, total=r["qty"] * r["cents"]) for r in rows if r["qty"] > 18]
    return (sorted(revenue.items())[:3], top_pair[0], top_pair[1], [b[0] for b in best], travellers,
            sum(sample), ranked[0]["id"], ranked[-1]["id"], len(merged), sum(m["total"] for m in merged))


def workload():
    res = None
    for r in range(ROUNDS):
        res = crunch(make_rows(ROWS, 11 + r))
    return "records: %r" % (res,)


from _harness import run

run(workload)
