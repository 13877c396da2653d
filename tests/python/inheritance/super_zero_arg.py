class Base:
    def __init__(self, x):
        print("Base.__init__", x)
        self.x = x

    @classmethod
    def create(cls, x):
        print("Base.create for", cls.__name__)
        return cls(x)

    @property
    def label(self):
        return f"base-label({self.x})"

    @staticmethod
    def helper():
        return "base helper"

    def __repr__(self):
        return f"{type(self).__name__}({self.x})"


class Child(Base):
    def __init__(self, x, y):
        super().__init__(x)
        print("Child.__init__", y)
        self.y = y

    @classmethod
    def create(cls, x):
        print("Child.create")
        obj = super().create(x)
        return obj

    @property
    def label(self):
        return "child/" + super().label

    @staticmethod
    def helper():
        return "child + " + super(Child, Child).helper()

    def __init_subclass__(cls):
        print("subclass", cls.__name__)


class Grand(Child):
    def __init__(self, x):
        super().__init__(x, y=0)


c = Child(1, 2)
print(c, c.label, Child.helper())
g = Grand.create(5)
print(g, g.label)
