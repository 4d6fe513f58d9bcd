# __class__ reassignment mid-loop under attribute and method sites.
class Cat:
    sound = "meow"
    legs = 4

    def speak(self):
        return self.name + " says " + self.sound

    def kind(self):
        return "cat"


class Dog:
    sound = "woof"

    def speak(self):
        return self.name + " barks " + self.sound

    def kind(self):
        return "dog"


class Puppy(Dog):
    sound = "yip"


def speak(o):
    return o.speak()


def sound(o):
    return o.sound


def legs(o):
    return o.legs


pet = Cat()
pet.name = "rex"
log = []
for i in range(150):
    if i == 40:
        pet.__class__ = Dog
    elif i == 80:
        pet.__class__ = Puppy
    elif i == 110:
        pet.__class__ = Cat
    elif i == 130:
        Cat.sound = "purr"
    log.append((speak(pet), sound(pet)))
for i in (0, 39, 40, 79, 80, 109, 110, 129, 130, 149):
    print(i, log[i])

# a class attribute the site was specialized for disappears with the class change
got = []
for i in range(60):
    if i == 20:
        pet.__class__ = Dog
    if i == 40:
        pet.__class__ = Cat
    try:
        got.append(legs(pet))
    except AttributeError as e:
        got.append("AE")
        if i == 20:
            print("AttributeError:", e)
print(got[19:21], got[39:41], got.count("AE"))

# many instances, some switched, at one method site
pets = []
for k in range(12):
    p = Cat() if k % 2 else Dog()
    p.name = "p%d" % k
    pets.append(p)
kinds = []
for i in range(120):
    p = pets[i % 12]
    if i == 60:
        for q in pets[:6]:
            q.__class__ = Puppy
    kinds.append(p.kind() + ":" + sound(p))
print(sorted(set(kinds[:60])), sorted(set(kinds[60:])))
print(type(pets[0]).__name__, isinstance(pets[1], Dog), pets[1].__class__.__name__)

for bad in (int, object, type("Slotted", (), {"__slots__": ("a",)})):
    try:
        pet.__class__ = bad
    except TypeError as e:
        print("TypeError:", str(e).replace(bad.__name__, "<X>"))
print(type(pet).__name__, speak(pet))
