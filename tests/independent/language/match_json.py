# Matching JSON-like nested dicts: events from an imaginary webhook feed.

events = [
    {"type": "push", "repo": {"name": "ember", "private": False}, "commits": [{"id": "a1"}, {"id": "b2"}]},
    {"type": "push", "repo": {"name": "secret", "private": True}, "commits": []},
    {"type": "issue", "action": "opened", "issue": {"number": 17, "title": "Crash on start", "labels": ["bug", "p1"]}},
    {"type": "issue", "action": "closed", "issue": {"number": 9, "title": "Docs", "labels": []}},
    {"type": "issue", "action": "labeled", "issue": {"number": 3, "title": "X", "labels": ["ux"]}, "label": "ux"},
    {"type": "star", "user": {"login": "zed"}, "count": 1000},
    {"type": "star", "user": {"login": "amy"}, "count": 12},
    {"type": "deploy", "env": "prod", "status": "failed", "extra": {"region": "eu"}},
    {"type": "ping"},
    {"kind": "weird"},
    ["not", "a", "dict"],
]


def describe(event):
    match event:
        case {"type": "push", "repo": {"private": True}}:
            return "push to a private repo (hidden)"
        case {"type": "push", "repo": {"name": name}, "commits": [_, *_] as commits}:
            ids = ",".join(c["id"] for c in commits)
            return f"push to {name}: {len(commits)} commit(s) [{ids}]"
        case {"type": "push", "repo": {"name": name}}:
            return f"empty push to {name}"
        case {"type": "issue", "action": "opened", "issue": {"number": n, "labels": [*labels]}} if "bug" in labels:
            return f"BUG #{n} opened"
        case {"type": "issue", "action": ("opened" | "closed") as act, "issue": {"number": n, "title": t}}:
            return f"issue #{n} {act}: {t}"
        case {"type": "issue", "action": act, **rest}:
            return f"issue event {act!r} with extra keys {sorted(rest)}"
        case {"type": "star", "user": {"login": who}, "count": c} if c >= 1000:
            return f"milestone! {who} made it {c}"
        case {"type": "star", "user": {"login": who}}:
            return f"{who} starred"
        case {"type": "deploy", "status": "failed", **details}:
            return f"deploy failed: {details}"
        case {"type": str(t)}:
            return f"unhandled type {t}"
        case dict():
            return f"dict without type: {list(event)}"
        case _:
            return f"garbage: {event!r}"


for e in events:
    print(describe(e))


def config_value(cfg):
    match cfg:
        case {"host": str(host), "port": int(port)} if 0 < port < 65536:
            return f"{host}:{port}"
        case {"host": str(host), "port": port}:
            return f"{host}: invalid port {port!r}"
        case {"socket": path}:
            return f"unix:{path}"
        case {}:
            return "defaults"

for cfg in [{"host": "h", "port": 80}, {"host": "h", "port": "80"}, {"host": "h", "port": 70000},
            {"socket": "/tmp/s", "host": 1}, {}, {"host": 5}]:
    print(cfg, "=>", config_value(cfg))
