# repr(), str(), ascii() and format() hand back the str-subclass instance that
# __repr__/__str__/__format__ returned, as CPython's PyObject_Repr & co.


class S(str):
    pass


class A:
    def __repr__(self):
        return S("rep")

    def __str__(self):
        return S("st")

    def __format__(self, spec):
        return S("fmt:" + spec)


a = A()
for label, f in [
    ("repr", repr),
    ("str", str),
    ("ascii", ascii),
    ("format ''", lambda x: format(x, "")),
    ("format", format),
    ("format spec", lambda x: format(x, ">5")),
]:
    r = f(a)
    print(label, type(r).__name__, r)


class B:
    def __repr__(self):
        return S("rép")


class C:
    def __repr__(self):
        return S("plain")


print("ascii non-ascii", type(ascii(B())).__name__, ascii(B()))
print("str via repr", type(str(B())).__name__, str(B()))
print("str via repr ascii", type(str(C())).__name__, type(ascii(C())).__name__)
print("exact str", type(str(S("x"))).__name__, type(repr(S("x"))).__name__, type(format(S("x"), "")).__name__)


class Bad:
    def __format__(self, spec):
        return 5

    def __repr__(self):
        return 6


for f in (lambda: format(Bad()), lambda: repr(Bad()), lambda: f"{Bad()}"):
    try:
        f()
    except TypeError as e:
        print("TypeError", e)
