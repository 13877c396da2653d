class Vector:
    __slots__ = ("x", "y")

    def __init__(self, x=0, y=0):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Vector({self.x!r}, {self.y!r})"

    def __eq__(self, other):
        if not isinstance(other, Vector):
            return NotImplemented
        return (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __add__(self, other):
        if not isinstance(other, Vector):
            return NotImplemented
        return Vector(self.x + other.x, self.y + other.y)

    def __sub__(self, other):
        return self + (-other)

    def __neg__(self):
        return Vector(-self.x, -self.y)

    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Vector(self.x * k, self.y * k)
        return NotImplemented

    __rmul__ = __mul__

    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

    def __bool__(self):
        return bool(self.x or self.y)

    def __iter__(self):
        yield self.x
        yield self.y


v, w = Vector(3, 4), Vector(1, -1)
print(v + w, v - w, v * 2, 3 * w, -v, abs(v))
print(v == Vector(3, 4), v != w, v == (3, 4), bool(Vector()), bool(w))
print(len({v, Vector(3, 4), w}), list(v), tuple(w), "%s|%r" % (v, w))
x, y = v
print(x, y, sum([v, w], Vector()))
try:
    v + 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    v * "a"
except TypeError as e:
    print(type(e).__name__, e)
