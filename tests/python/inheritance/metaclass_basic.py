class Meta(type):
    def __new__(mcls, name, bases, ns, **kwargs):
        print("Meta.__new__", mcls.__name__, name, [b.__name__ for b in bases],
              sorted(k for k in ns if not k.startswith("__")), kwargs)
        cls = super().__new__(mcls, name, bases, ns)
        cls.tag = kwargs.get("tag", "none")
        return cls

    def __init__(cls, name, bases, ns, **kwargs):
        print("Meta.__init__", name)
        super().__init__(name, bases, ns)

    def __call__(cls, *args, **kwargs):
        print("Meta.__call__", cls.__name__, args)
        inst = super().__call__(*args, **kwargs)
        inst.via_meta = True
        return inst

    def describe(cls):
        return f"class {cls.__name__} tagged {cls.tag}"


class Base(metaclass=Meta):
    def __init__(self, v):
        print("Base.__init__", v)
        self.v = v


class Child(Base, tag="special"):
    x = 1


c = Child(7)
print(c.v, c.via_meta, type(Child).__name__, type(c).__name__)
print(Child.describe(), Base.describe(), isinstance(Child, Meta))
try:
    c.describe()
except AttributeError as e:
    print(type(e).__name__, e)
