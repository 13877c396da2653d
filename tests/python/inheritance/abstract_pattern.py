class Shape:
    def area(self):
        raise NotImplementedError(f"{type(self).__name__} must implement area")

    def describe(self):
        return f"{type(self).__name__} with area {self.area()}"


class Square(Shape):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s * self.s


class Circle(Shape):
    pass


shapes = [Square(2), Circle(), Square(3)]
for s in shapes:
    try:
        print(s.describe())
    except NotImplementedError as e:
        print(type(e).__name__, e)
print(sum(s.area() for s in shapes if isinstance(s, Square)))
print(issubclass(NotImplementedError, RuntimeError), NotImplemented is not NotImplementedError)
