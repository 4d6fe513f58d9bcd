# Plugin registries via a metaclass and via __init_subclass__.

class RegistryMeta(type):
    registry = {}

    def __new__(mcls, name, bases, namespace, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace)
        if bases:
            key = kwargs.get("key", name.lower())
            if key in mcls.registry:
                raise TypeError(f"duplicate plugin key {key!r}")
            mcls.registry[key] = cls
        return cls

    def __call__(cls, *args, **kwargs):
        instance = super().__call__(*args, **kwargs)
        instance.created_by = "meta"
        return instance

    def __repr__(cls):
        return f"<plugin class {cls.__name__}>"


class Plugin(metaclass=RegistryMeta):
    def run(self, text):
        raise NotImplementedError


class Upper(Plugin):
    def run(self, text):
        return text.upper()


class Reverse(Plugin, key="rev"):
    def run(self, text):
        return text[::-1]


class Shout(Upper, key="shout"):
    def run(self, text):
        return super().run(text) + "!"


print(sorted(RegistryMeta.registry))
print(RegistryMeta.registry["rev"], type(Upper).__name__, isinstance(Upper, RegistryMeta))
for key in ["upper", "rev", "shout"]:
    plugin = RegistryMeta.registry[key]()
    print(key, plugin.run("hello"), plugin.created_by)

try:
    class Again(Plugin, key="rev"):
        pass
except TypeError as e:
    print("TypeError:", e)


class Serializer:
    formats = {}

    def __init_subclass__(cls, /, fmt=None, **kwargs):
        super().__init_subclass__(**kwargs)
        if fmt is None:
            raise TypeError(f"{cls.__name__} must declare fmt=")
        cls.fmt = fmt
        Serializer.formats[fmt] = cls

    @classmethod
    def for_format(cls, fmt):
        try:
            return cls.formats[fmt]()
        except KeyError:
            raise ValueError(f"unknown format {fmt!r}; known: {sorted(cls.formats)}") from None


class CsvSerializer(Serializer, fmt="csv"):
    def dump(self, rows):
        return "\n".join(",".join(map(str, r)) for r in rows)


class PipeSerializer(Serializer, fmt="pipe"):
    def dump(self, rows):
        return "\n".join("| " + " | ".join(map(str, r)) + " |" for r in rows)


rows = [(1, "a"), (2, "b")]
for fmt in ["csv", "pipe"]:
    s = Serializer.for_format(fmt)
    print(type(s).__name__, s.fmt)
    print(s.dump(rows))
try:
    Serializer.for_format("xml")
except ValueError as e:
    print("ValueError:", e)
try:
    class Broken(Serializer):
        pass
except TypeError as e:
    print("TypeError:", e)
print(sorted(Serializer.formats))

Dynamic = type("Dynamic", (Upper,), {"run": lambda self, t: "dyn:" + t})
print(Dynamic().run("x"), "dynamic" in RegistryMeta.registry, Dynamic.__mro__[1].__name__)
