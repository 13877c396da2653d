class Base:
    color = "red"
    shape = "circle"

    def describe(self):
        return f"{self.color} {self.shape} ({self.size()})"

    def size(self):
        return "small"


class Child(Base):
    color = "blue"

    def size(self):
        return "big"


b, c = Base(), Child()
print(b.describe(), "|", c.describe())
c.shape = "square"
print(c.describe(), Child.shape, Base.shape)
Base.shape = "oval"
print(Child().describe(), b.describe())
Child.size = lambda self: "resized"
print(c.describe())
del Child.size
print(c.describe())
del Child.color
print(c.color)
try:
    del Child.color
except AttributeError as e:
    print(type(e).__name__, e)
print("color" in vars(Base), "color" in vars(Child))
