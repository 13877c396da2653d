class Point:
    """A 2D point."""
    dims = 2

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm2(self):
        return self.x * self.x + self.y * self.y

    def moved(self, dx, dy=0):
        return Point(self.x + dx, self.y + dy)


p = Point(3, 4)
print(p.x, p.y, p.dims, Point.dims)
print(p.norm2(), Point.norm2(p))
q = p.moved(1)
print(q.x, q.y, q.norm2())
print(p.moved(dy=2, dx=-3).y)
print(type(p) is Point, type(p).__name__, isinstance(p, Point), isinstance(3, Point))
print(type(Point), type(Point.norm2).__name__, type(p.norm2).__name__)


class Empty:
    pass


e = Empty()
e.a = 1
e.b = [e.a]
print(e.a, e.b, Empty.__name__, Empty.__doc__)
