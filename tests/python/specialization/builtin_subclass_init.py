# Subclasses of list, dict and set with a Python __init__ are instantiated inside the
# eval loop, and their instances' own attributes use the attribute caches like plain
# instances. Behaviour must not change: the container starts empty, __init__ fills it,
# attribute reads and writes see class changes made later.


class ErrorList(list):
    def __init__(self, initlist=None, error_class=None):
        super().__init__(initlist or [])
        self.error_class = "errorlist" if error_class is None else "errorlist " + error_class


class Ctx(dict):
    def __init__(self, parent, extra=None):
        super().__init__(extra or {})
        self.parent = parent


class Tags(set):
    def __init__(self, *words):
        super().__init__(w.lower() for w in words)


for i in range(3):
    e = ErrorList([i, i + 1], "x" if i else None)
    print(e, e.error_class, len(e), isinstance(e, list), type(e).__name__)
    c = Ctx(e, {"k": i})
    print(sorted(c.items()), c.parent is e, c.get("k"))
print(sorted(Tags("A", "b", "a")), ErrorList(), ErrorList("ab"))


# __init__ must return None.
class Bad(list):
    def __init__(self):
        return 5


try:
    Bad()
except TypeError as e:
    print("TypeError", e)

# Missing and extra arguments give CPython's messages.
for args in [(), (1, 2, 3)]:
    try:
        Ctx(*args)
    except TypeError as e:
        print("TypeError", e)


# A loop that reads and writes instance attributes, then the class changes under it.
class Counter(dict):
    def __init__(self, start):
        self.n = start

    def bump(self):
        self.n = self.n + 1
        return self.n


c = Counter(10)
print([c.bump() for _ in range(3)])
Counter.n = property(lambda self: -1, lambda self, v: None)
print([c.bump() for _ in range(2)], c.__dict__)
del Counter.n
print(c.n, c.bump())


# __slots__ without __dict__ on a list subclass: no instance attributes.
class Slotted(list):
    __slots__ = ("tag",)

    def __init__(self, tag):
        self.tag = tag


s = Slotted("t")
print(s.tag, s, hasattr(s, "__dict__"))
try:
    s.other = 1
except AttributeError as e:
    print("AttributeError", e)


# Classes called with keyword arguments bind them like any call.
class Field:
    def __init__(self, name, required=True, *, label=None, help_text=""):
        self.name, self.required, self.label, self.help_text = name, required, label, help_text


class Errors(list):
    def __init__(self, initlist=None, error_class=None, renderer=None, field_id=None):
        super().__init__(initlist or [])
        self.error_class, self.renderer, self.field_id = error_class, renderer, field_id


for f in [Field("a"), Field("b", label="B"), Field(name="c", help_text="h", required=False),
          Field("d", False, label="D")]:
    print(f.name, f.required, f.label, f.help_text)
e = Errors(renderer="r", field_id="id_x")
print(e, e.error_class, e.renderer, e.field_id, Errors([1], field_id="f").field_id)
for bad in [lambda: Field(label="x"), lambda: Field("a", colour=1), lambda: Field("a", name="b"),
            lambda: Errors(renderer=1, rendererx=2)]:
    try:
        bad()
    except TypeError as exc:
        print("TypeError", exc)
