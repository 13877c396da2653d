# Call sites `obj.name(...)` whose attribute is not a method of the class: callables in
# the instance dict, classes and other plain class attributes, methods of subclasses of
# builtin types, classes with __getattr__; each changed mid-loop.

class Widget:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return "Widget(%r)" % self.v


class Other(Widget):
    pass


class Field:
    widget = Widget

    def __init__(self):
        self.hook = lambda x: x * 2

    def run(self, i):
        return self.hook(i), self.widget(i)


f = Field()
out = []
for i in range(6):
    out.append(f.run(i))
    if i == 1:
        f.hook = lambda x: -x
    if i == 2:
        Field.widget = Other
    if i == 3:
        f.widget = lambda x: "instance %d" % x
    if i == 4:
        del f.hook
        Field.hook = lambda self, x: "method %d" % x
print(out)


class Meta(type):
    def __get__(cls, obj, owner=None):
        return "descriptor via metaclass"


class Special(metaclass=Meta):
    pass


class Holder:
    kind = Special


h = Holder()
print([h.kind for _ in range(2)])


class Lazy:
    def __init__(self):
        self._wrapped = {"a": 1}

    def __getattr__(self, name):
        return "fallback " + name


z = Lazy()
res = []
for i in range(5):
    res.append(z._wrapped)
    res.append(z.missing)
    if i == 2:
        del z._wrapped
print(res)


class Safe(str):
    __slots__ = ()

    def __html__(self):
        return self

    def shout(self):
        return self.upper() + "!"


class Safer(Safe):
    def shout(self):
        return "<" + super().shout() + ">"


items = [Safe("a"), Safer("b"), Safe("c"), Safer("d")]
print([(s.shout(), s.__html__() is s) for s in items for _ in range(2)])
Safe.shout = lambda self: "replaced " + self
print([s.shout() for s in items])


class Err(Exception):
    def describe(self):
        return "Err: %s" % (self.args,)


print([Err(i).describe() for i in range(3)])
e = Err(1)
e.describe = lambda: "instance override"
print(e.describe())


class NoCall:
    value = 5


n = NoCall()
for i in range(3):
    try:
        n.value()
    except TypeError as ex:
        print(ex)
