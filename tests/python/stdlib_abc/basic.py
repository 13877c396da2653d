import abc
from abc import ABC, ABCMeta, abstractmethod


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def name(self):
        ...

    def describe(self):
        return "%s with area %s" % (self.name(), self.area())


class Square(Shape):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s ** 2

    def name(self):
        return "square"


class Half(Shape):
    def area(self):
        return 0


print(Square(3).describe(), sorted(Shape.__abstractmethods__), Half.__abstractmethods__, Square.__abstractmethods__)
for cls in (Shape, Half):
    try:
        cls()
    except TypeError as e:
        print("TypeError", e)
print(type(Shape), isinstance(Square(1), Shape), issubclass(Square, Shape), issubclass(int, Shape))


class Plugin(metaclass=ABCMeta):
    pass


@Plugin.register
class External:
    pass


print(issubclass(External, Plugin), isinstance(External(), Plugin), Plugin.register(int) is int)
print(isinstance(3, Plugin), isinstance("x", Plugin), External.__mro__)


class Sized2(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Sized2:
            return any("__len__" in B.__dict__ for B in C.__mro__)
        return NotImplemented


class HasLen:
    def __len__(self):
        return 0


print(issubclass(HasLen, Sized2), issubclass(object, Sized2), isinstance(HasLen(), Sized2))


class WithProps(ABC):
    @property
    @abstractmethod
    def value(self):
        ...

    @classmethod
    @abstractmethod
    def make(cls):
        ...

    @staticmethod
    @abstractmethod
    def helper():
        ...


print(sorted(WithProps.__abstractmethods__))


class Impl(WithProps):
    value = 5

    @classmethod
    def make(cls):
        return cls()

    @staticmethod
    def helper():
        return "h"


print(Impl.make().value, Impl.helper())
try:
    Plugin.register(5)
except TypeError as e:
    print("TypeError", e)
try:
    Shape.register(Shape)
except RuntimeError as e:
    print("RuntimeError", e)
print(isinstance(abc.get_cache_token(), int))


class Meta(type):
    def __instancecheck__(cls, obj):
        return obj == "magic"

    def __subclasscheck__(cls, sub):
        return sub is str


class Magic(metaclass=Meta):
    pass


print(isinstance("magic", Magic), isinstance("other", Magic), isinstance(Magic(), Magic))
print(issubclass(str, Magic), issubclass(int, Magic), isinstance("magic", (int, Magic)))
