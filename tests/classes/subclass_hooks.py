class Plugin:
    registry = []
    def __init_subclass__(cls, name=None, **kw):
        super().__init_subclass__(**kw)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry.append(cls.plugin_name)
class Alpha(Plugin):
    pass
class Beta(Plugin, name="bee"):
    pass
class Gamma(Beta):
    pass
print(Plugin.registry, Gamma.plugin_name, hasattr(Plugin, "plugin_name"))
try:
    class Bad(Plugin, unknown=1):
        pass
except TypeError as e:
    print("TypeError:", e)
class Field:
    def __set_name__(self, owner, name):
        self.owner = owner.__name__
        self.name = name
class Model:
    id = Field()
    title = Field()
print(Model.id.name, Model.title.name, Model.title.owner)
f = Field()
class Late:
    pass
Late.x = f
print(hasattr(f, "name"))
class Box:
    def __class_getitem__(cls, item):
        return f"Box[{item.__name__ if isinstance(item, type) else item}]"
print(Box[int], Box["x"], Box[3])
print(list[int], dict[str, int], tuple[int, ...], type(list[int]).__name__)
print(list[int]([1, 2]), list[int] == list[int], list[int].__origin__, list[int].__args__)
try:
    int[str]
except TypeError as e:
    print("TypeError:", e)
class Shape:
    sides = 0
    def __init_subclass__(cls):
        cls.label = f"{cls.__name__}:{cls.sides}"
class Tri(Shape):
    sides = 3
class Sq(Shape):
    sides = 4
print(Tri.label, Sq.label, hasattr(Shape, "label"))
