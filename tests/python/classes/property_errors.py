class A:
    @property
    def ro(self):
        return 1

    def _get(self):
        return 2

    def _set(self, v):
        pass

    both = property(_get, _set)
    wo = property(None, _set)


a = A()
for name, action in [
    ("set ro", lambda: setattr(a, "ro", 5)),
    ("del ro", lambda: delattr(a, "ro")),
    ("del both", lambda: delattr(a, "both")),
    ("get wo", lambda: a.wo),
    ("set wo", lambda: setattr(a, "wo", 1)),
]:
    try:
        print(name, action())
    except AttributeError as e:
        print(name, "->", type(e).__name__, e)
try:
    a.ro = 3
except AttributeError as e:
    print(e)
print(a.ro, a.both)
a.__dict__["ro"] = "shadow?"
print(a.ro)
