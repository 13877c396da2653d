class Base:
    def __init__(self, **kw):
        print("Base", sorted(kw))
        super().__init__()


class Left(Base):
    def __init__(self, left=None, **kw):
        print("Left", left)
        super().__init__(**kw)


class Right(Base):
    def __init__(self, right=None, **kw):
        print("Right", right)
        super().__init__(**kw)


class Child(Left, Right):
    def __init__(self, **kw):
        print("Child")
        super().__init__(**kw)


Child(left=1, right=2)
print([c.__name__ for c in Child.__mro__])


class Counter:
    calls = []

    def setup(self):
        Counter.calls.append("Counter")


class M1(Counter):
    def setup(self):
        Counter.calls.append("M1")
        super().setup()


class M2(Counter):
    def setup(self):
        Counter.calls.append("M2")
        super().setup()


class Both(M1, M2):
    def setup(self):
        Counter.calls.append("Both")
        super().setup()


Both().setup()
print(Counter.calls)
