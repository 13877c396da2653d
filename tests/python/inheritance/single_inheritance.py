class Animal:
    sound = "..."

    def __init__(self, name):
        self.name = name

    def speak(self):
        return f"{self.name} says {self.sound}"

    def kind(self):
        return "animal"


class Dog(Animal):
    sound = "woof"

    def kind(self):
        return "dog, an " + super().kind()


class Puppy(Dog):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age

    def speak(self):
        return super().speak() + "!"


for a in (Animal("generic"), Dog("rex"), Puppy("bit", 1)):
    print(a.speak(), "|", a.kind())
p = Puppy("bit", 1)
print(p.name, p.age, isinstance(p, Animal), issubclass(Puppy, Dog), issubclass(Dog, Puppy))
print(Puppy.__bases__, Puppy.__base__.__name__, [c.__name__ for c in Puppy.__mro__])
print(type(p).__name__, p.__class__.__bases__[0].__name__)
print(Dog.speak is Animal.speak, Puppy.kind is Dog.kind, "speak" in Dog.__dict__)
