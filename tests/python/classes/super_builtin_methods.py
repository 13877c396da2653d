# super().method(...) where the method is a builtin type's (dict.__init__, list.append,
# str.upper, int.__add__, dict.__repr__, object.__format__): what self the method sees
# (the builtin value inside, or the instance for __format__/__repr__/in-place
# operators), a super() that finds nothing, a descriptor that does not apply.
class D(dict):
    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        super().__setitem__("x", 1)
        print(super().__repr__(), super().__len__(), super().get("x"), super().__format__(""))
    def __repr__(self):
        return "D!" + super().__repr__()
d = D(a=2)
print(repr(d), d)
class L(list):
    def append(self, v):
        super().append(v * 2)
    def __iadd__(self, other):
        r = super().__iadd__(other)
        print(type(r).__name__, r is self)
        return r
l = L(); l.append(3); l += [1]; print(l)
class S(str):
    def upper(self):
        return "<" + super().upper() + ">"
print(S("ab").upper())
class I(int):
    def __add__(self, o):
        return super().__add__(o) * 10
print(I(2) + 3)
class B:
    def f(self):
        try:
            return super().upper()
        except AttributeError as e:
            return "AttributeError: %s" % e
print(B().f())
class T(dict):
    def keys(self):
        return list(super().keys())
print(T(a=1).keys())
class F(list):
    def __str__(self):
        return "F-str"
print(format(F([1])), object.__format__(F([1]), ""), "{}".format(F()), f"{F()}")
class G(int):
    def __repr__(self):
        return "G-repr"
print(format(G(5)), object.__format__(G(5), ""), f"{G(5)!s}", str(G(5)))
class Odd(dict):
    def g(self):
        return super(dict, self).__len__()
try:
    print(Odd(a=1).g())
except AttributeError as e:
    print("AttributeError:", e)
class NotApplicable:
    f = dict.__len__
    def g(self):
        return super(NotApplicable, self).f
class Child(NotApplicable):
    def h(self):
        return super().f()
try:
    Child().h()
except TypeError as e:
    print("TypeError:", e)
