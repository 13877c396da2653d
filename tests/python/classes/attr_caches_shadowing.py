"""Attribute reads the eval loop remembers per instruction: an instance's own value
shadowing a class attribute that is no data descriptor (plain values, functions, classes,
class and static methods), a class attribute turned into a property or data descriptor
later, and attributes read from classes (functions, plain values, nested classes) while
classes, subclasses and metaclasses change between reads."""


class Field:
    required = True
    widget = int
    label = None

    def clean(self, v):
        return ("class", v)


def reads(objs):
    return [(o.required, o.widget.__name__, o.label) for o in objs]


f1 = Field()
f2 = Field()
f2.required = False
f2.widget = str
f2.label = "two"
for _ in range(3):
    print(reads([f1, f2]))

# An instance attribute shadowing a method.
f2.clean = lambda v: ("instance", v)
print([o.clean(1) for o in (f1, f2)])

# Loads at one instruction that alternate between class and instance values.
class BF:
    cached = None

    def get(self):
        c = self.cached
        if c is None:
            self.cached = c = id(self) % 7 + 100
        return c

b = BF()
print([b.get() == b.get() for _ in range(3)], BF.cached)


# The class attribute becomes a property: the instance's dict entry no longer wins.
class P:
    x = 1

p = P()
p.x = 2
seen = []
for i in range(4):
    seen.append(p.x)
    if i == 1:
        P.x = property(lambda self: "prop")
print(seen)


# A data descriptor (with __set__) added later: stores go through it.
class D:
    def __get__(self, obj, cls):
        return "D.get"

    def __set__(self, obj, v):
        print("D.set", v)


class Q:
    y = 0


q = Q()
for i in range(3):
    q.y = i
    print(q.y, q.__dict__)
    if i == 0:
        Q.y = D()


# class and static methods shadowed by instance values
class CM:
    @classmethod
    def c(cls):
        return "cm"

    @staticmethod
    def s():
        return "sm"


cm = CM()
print(cm.c(), cm.s())
cm.c = lambda: "inst c"
cm.s = lambda: "inst s"
print(cm.c(), cm.s(), CM.c(), CM.s())


# Reads from classes.
class Base:
    name = "base"

    def method(self):
        return "m"

    class Inner:
        pass


class Sub(Base):
    pass


def class_reads(c):
    return (c.name, c.method.__name__, c.Inner.__name__)


for i in range(4):
    print(class_reads(Sub), class_reads(Base))
    if i == 1:
        Sub.name = "sub"
    if i == 2:
        del Sub.name
        Base.name = "base2"


# A metaclass attribute of the same name, a metaclass __getattribute__.
class Meta(type):
    def __getattribute__(cls, name):
        if name == "name":
            return "from meta"
        return super().__getattribute__(name)


class WithMeta(metaclass=Meta):
    name = "own"


print([WithMeta.name for _ in range(3)])


class Meta2(type):
    extra = "meta extra"


class WithMeta2(metaclass=Meta2):
    pass


print([WithMeta2.extra for _ in range(2)])
WithMeta2.extra = "class extra"
print([WithMeta2.extra for _ in range(2)])


# classmethods and staticmethods read from the class are bound / unwrapped each time.
class K:
    @classmethod
    def make(cls):
        return cls.__name__

    @staticmethod
    def util():
        return "u"


class K2(K):
    pass


print([(c.make(), c.util(), c.make.__self__.__name__) for c in (K, K2, K, K2)])

# One instruction reading the same attribute from several classes.
classes = [type("C%d" % i, (), {"v": i}) for i in range(6)]
print([c.v for c in classes * 2])
