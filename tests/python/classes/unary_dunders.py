class V:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"V({self.x}, {self.y})"

    def __neg__(self):
        return V(-self.x, -self.y)

    def __pos__(self):
        return V(+self.x, +self.y)

    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

    def __invert__(self):
        return V(self.y, self.x)

    def __round__(self, n=None):
        return ("round", n)

    def __trunc__(self):
        return "trunc"

    def __floor__(self):
        return "floor"

    def __ceil__(self):
        return "ceil"


v = V(3, -4)
print(-v, +v, abs(v), ~v, -(-v), ~~v)
print(round(v), round(v, 2))
import math
print(math.trunc(v), math.floor(v), math.ceil(v))
