# Graph algorithms on a dict-of-lists: BFS shortest path, DFS cycle detection, topological sort, Dijkstra.

ROADS = """
A B 4
A C 2
B C 5
B D 10
C E 3
E D 4
D F 11
E F 20
G H 1
"""

graph = {}
weights = {}
for line in ROADS.strip().splitlines():
    u, v, w = line.split()
    graph.setdefault(u, []).append(v)
    graph.setdefault(v, []).append(u)
    weights[u, v] = weights[v, u] = int(w)


def bfs_path(start, goal):
    frontier = [start]
    parent = {start: None}
    while frontier:
        nxt = []
        for node in frontier:
            for nb in sorted(graph[node]):
                if nb not in parent:
                    parent[nb] = node
                    nxt.append(nb)
        frontier = nxt
    if goal not in parent:
        return None
    path = [goal]
    while parent[path[-1]] is not None:
        path.append(parent[path[-1]])
    return path[::-1]


def dijkstra(start):
    dist = {start: 0}
    done = set()
    while True:
        candidates = [(d, n) for n, d in dist.items() if n not in done]
        if not candidates:
            return dist
        d, node = min(candidates)
        done.add(node)
        for nb in graph[node]:
            nd = d + weights[node, nb]
            if nd < dist.get(nb, float("inf")):
                dist[nb] = nd


def components():
    seen, comps = set(), []
    for start in sorted(graph):
        if start in seen:
            continue
        stack, comp = [start], []
        while stack:
            n = stack.pop()
            if n in seen:
                continue
            seen.add(n)
            comp.append(n)
            stack.extend(graph[n])
        comps.append(sorted(comp))
    return comps


print(bfs_path("A", "F"), bfs_path("A", "G"), bfs_path("H", "G"))
print(sorted(dijkstra("A").items()))
print(components())

deps = {"app": ["lib", "utils"], "lib": ["core"], "utils": ["core", "log"], "core": [], "log": []}


def toposort(deps):
    order, state = [], {}

    def visit(n, trail):
        if state.get(n) == "done":
            return
        if state.get(n) == "active":
            raise ValueError("cycle: " + " -> ".join(trail + [n]))
        state[n] = "active"
        for d in deps[n]:
            visit(d, trail + [n])
        state[n] = "done"
        order.append(n)

    for n in sorted(deps):
        visit(n, [])
    return order


print(toposort(deps))
deps["core"].append("app")
try:
    toposort(deps)
except ValueError as e:
    print("ValueError:", e)
