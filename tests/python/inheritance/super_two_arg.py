class A:
    def f(self):
        return "A.f"


class B(A):
    def f(self):
        return "B.f"


class C(B):
    def f(self):
        return "C.f"

    def skip(self):
        return super(B, self).f()


c = C()
print(super(C, c).f(), super(B, c).f(), c.skip())
s = super(C, c)
print(type(s).__name__, s.__thisclass__.__name__, s.__self__ is c, s.__self_class__.__name__)
print(super(C, C).f(c))
try:
    super(A, c).f()
except AttributeError as e:
    print(type(e).__name__, e)
try:
    super(C, A())
except TypeError as e:
    print(type(e).__name__, e)
try:
    super(1, c)
except TypeError as e:
    print(type(e).__name__, e)
unbound = super(B)
print(type(unbound).__name__, unbound.__self__)
