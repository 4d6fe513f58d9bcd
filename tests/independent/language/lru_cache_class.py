# An LRU cache implemented with a dict + doubly linked list, wrapped around a slow function.

class _Node:
    __slots__ = ("key", "value", "prev", "next")

    def __init__(self, key=None, value=None):
        self.key, self.value = key, value
        self.prev = self.next = None


class LRUCache:
    def __init__(self, capacity):
        if capacity < 1:
            raise ValueError("capacity must be >= 1")
        self.capacity = capacity
        self.map = {}
        self.head = _Node()
        self.tail = _Node()
        self.head.next, self.tail.prev = self.tail, self.head
        self.hits = self.misses = self.evictions = 0

    def _unlink(self, node):
        node.prev.next, node.next.prev = node.next, node.prev

    def _push_front(self, node):
        node.next, node.prev = self.head.next, self.head
        self.head.next.prev = node
        self.head.next = node

    def get(self, key, default=None):
        node = self.map.get(key)
        if node is None:
            self.misses += 1
            return default
        self.hits += 1
        self._unlink(node)
        self._push_front(node)
        return node.value

    def put(self, key, value):
        if key in self.map:
            node = self.map[key]
            node.value = value
            self._unlink(node)
        else:
            if len(self.map) >= self.capacity:
                lru = self.tail.prev
                self._unlink(lru)
                del self.map[lru.key]
                self.evictions += 1
            node = _Node(key, value)
            self.map[key] = node
        self._push_front(node)

    def keys(self):
        node, out = self.head.next, []
        while node is not self.tail:
            out.append(node.key)
            node = node.next
        return out

    def __len__(self):
        return len(self.map)

    def __contains__(self, key):
        return key in self.map

    def __repr__(self):
        return f"LRUCache({self.capacity}, keys={self.keys()}, hits={self.hits}, misses={self.misses})"


cache = LRUCache(3)
for k in "abc":
    cache.put(k, k.upper())
print(cache)
print(cache.get("a"), cache.get("z", "?"))
cache.put("d", "D")
print(cache, "b" in cache, len(cache))
cache.put("c", "c2")
cache.put("e", "E")
print(cache.keys(), cache.get("c"), cache.evictions)

calls = []


def cached(capacity):
    def deco(fn):
        store = LRUCache(capacity)
        def wrapper(n):
            sentinel = object()
            result = store.get(n, sentinel)
            if result is sentinel:
                result = fn(n)
                store.put(n, result)
            return result
        wrapper.cache = store
        return wrapper
    return deco


@cached(4)
def slow_square(n):
    calls.append(n)
    return n * n


for n in [1, 2, 3, 1, 4, 5, 1, 2, 6, 2]:
    slow_square(n)
print(calls, slow_square.cache)
try:
    LRUCache(0)
except ValueError as e:
    print("ValueError:", e)
