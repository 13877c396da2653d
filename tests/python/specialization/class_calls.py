# Class calls run __init__ inside the eval loop; each way out of that path on purpose.

class Point:
    def __init__(self, x, y=0):
        self.x = x
        self.y = y

    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)


print([Point(i) for i in range(3)], Point(1, 2), Point(y=5, x=4))
try:
    Point()
except TypeError as e:
    print(e)
try:
    Point(1, 2, 3)
except TypeError as e:
    print(e)


class Bad:
    def __init__(self, v):
        self.v = v
        if v > 1:
            return v


for i in range(4):
    try:
        print(Bad(i).v)
    except TypeError as e:
        print("TypeError", e)


class Raises:
    def __init__(self, n):
        if n % 2:
            raise ValueError("odd %d" % n)
        self.n = n


out = []
for i in range(5):
    try:
        out.append(Raises(i).n)
    except ValueError as e:
        out.append(str(e))
print(out)

# __init__ replaced, deleted, __new__ added, all mid-loop.
class Shape:
    def __init__(self, a):
        self.a = a


res = []
for i in range(8):
    s = Shape(i)
    res.append(s.a)
    if i == 1:
        Shape.__init__ = lambda self, a: setattr(self, "a", a * 10)
    if i == 3:
        del Shape.__init__
        try:
            Shape(i)
        except TypeError as e:
            res.append(str(e))
        Shape.__init__ = lambda self, a, b=-1: setattr(self, "a", (a, b))
    if i == 5:
        def new(cls, *args):
            o = object.__new__(cls)
            o.made = True
            return o
        Shape.__new__ = new
print(res, Shape(1).made)


class Base:
    def __init__(self, v):
        self.v = v
        self.kind = type(self).__name__


class Child(Base):
    pass


class Other(Base):
    def __init__(self, v):
        super().__init__(v * 2)


print([(o.kind, o.v) for o in (Base(1), Child(2), Other(3), Child(4))])


class Meta(type):
    def __call__(cls, *args):
        print("Meta.__call__", cls.__name__, args)
        return super().__call__(*args)


class WithMeta(metaclass=Meta):
    def __init__(self, v):
        self.v = v


print(WithMeta(7).v)


class Nested:
    def __init__(self, depth):
        self.child = Nested(depth - 1) if depth else None


n = Nested(30)
count = 0
while n:
    count += 1
    n = n.child
print(count)
try:
    Nested(100000)
except RecursionError as e:
    print("RecursionError", e)


class Counter(dict):
    def __init__(self, items):
        super().__init__()
        for k in items:
            self[k] = self.get(k, 0) + 1


print(Counter("abracadabra"))


class Gen:
    def __init__(self, n):
        self.items = [i * i for i in range(n)]


print([len(Gen(i).items) for i in range(4)])
