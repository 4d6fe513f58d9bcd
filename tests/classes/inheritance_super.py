class Animal:
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} makes a sound"
    def kind(self):
        return "animal"
class Dog(Animal):
    def __init__(self, name, breed):
        super().__init__(name)
        self.breed = breed
    def speak(self):
        return super().speak() + " (woof)"
class Puppy(Dog):
    def speak(self):
        return super(Dog, self).speak() + " / " + super(Puppy, self).speak()
d = Puppy("Rex", "lab")
print(d.speak(), d.kind(), d.breed)
print(isinstance(d, Animal), issubclass(Puppy, Animal), issubclass(Animal, Dog), Puppy.__mro__[1].__name__)
print([c.__name__ for c in Puppy.__mro__])
class A:
    def who(self):
        return ["A"]
class B(A):
    def who(self):
        return ["B"] + super().who()
class C(A):
    def who(self):
        return ["C"] + super().who()
class D(B, C):
    def who(self):
        return ["D"] + super().who()
print(D().who(), [k.__name__ for k in D.mro()])
class X: pass
class Y: pass
class Z(X, Y): pass
class W(Y, X): pass
try:
    class Bad(Z, W):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Bad2(A, B):
        pass
except TypeError as e:
    print("TypeError:", e)
class Base:
    @classmethod
    def create(cls):
        return cls()
    def __repr__(self):
        return type(self).__name__ + "()"
class Derived(Base):
    pass
print(Base.create(), Derived.create())
class S:
    def m(self):
        return super()
print(type(S().m()).__name__)
class P:
    x = "P.x"
class Q(P):
    def get(self):
        return super().x
print(Q().get())
try:
    super()
except RuntimeError as e:
    print("RuntimeError:", e)
class M1:
    def __init__(self):
        print("M1 init")
        super().__init__()
class M2:
    def __init__(self):
        print("M2 init")
        super().__init__()
class Both(M1, M2):
    def __init__(self):
        print("Both init")
        super().__init__()
Both()
print(Derived.__bases__, Both.__base__.__name__, object.__bases__)
print(issubclass(bool, int), issubclass(int, object), isinstance(True, (str, int)))
