# __getattr__ / __setattr__ / __getattribute__ based proxies: logging wrapper, attr dict, read-only view.

class LoggingProxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
        object.__setattr__(self, "_log", [])

    def __getattr__(self, name):
        self._log.append(f"get {name}")
        value = getattr(self._target, name)
        if callable(value):
            def method(*args, **kwargs):
                self._log.append(f"call {name}{args}")
                return value(*args, **kwargs)
            return method
        return value

    def __setattr__(self, name, value):
        self._log.append(f"set {name}={value!r}")
        setattr(self._target, name, value)


class Stack:
    def __init__(self):
        self.items = []
        self.limit = 3

    def push(self, x):
        if len(self.items) >= self.limit:
            raise OverflowError("stack full")
        self.items.append(x)

    def pop(self):
        return self.items.pop()


s = LoggingProxy(Stack())
s.push(1)
s.push(2)
s.limit = 5
print(s.pop(), s.items, s.limit)
print(s._log)
try:
    s.peek()
except AttributeError as e:
    print("AttributeError:", e)


class AttrDict(dict):
    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(f"no key {name!r}") from None

    def __setattr__(self, name, value):
        self[name] = value

    def __delattr__(self, name):
        del self[name]


cfg = AttrDict(host="localhost", port=80)
cfg.debug = True
print(cfg.host, cfg.port, cfg.debug, cfg)
del cfg.port
print(cfg, getattr(cfg, "port", "default"), hasattr(cfg, "keys"))


class ReadOnly:
    def __init__(self, data):
        object.__setattr__(self, "_data", dict(data))

    def __getattribute__(self, name):
        if name.startswith("_") and name != "_data":
            raise AttributeError(f"private attribute {name!r}")
        return object.__getattribute__(self, name)

    def __getattr__(self, name):
        data = object.__getattribute__(self, "_data")
        if name in data:
            return data[name]
        raise AttributeError(f"{name!r} not in view")

    def __setattr__(self, name, value):
        raise AttributeError(f"cannot set {name!r}: read-only")

    def __dir__(self):
        return sorted(self._data)


ro = ReadOnly({"a": 1, "b": [2]})
print(ro.a, ro.b, dir(ro))
for action in [lambda: ro.c, lambda: setattr(ro, "a", 5), lambda: ro._secret]:
    try:
        action()
    except AttributeError as e:
        print("AttributeError:", e)
print(getattr(ro, "zzz", None))
