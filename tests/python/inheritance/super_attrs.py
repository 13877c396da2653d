# super objects: __thisclass__/__self__/__self_class__, unbound super, repr, errors.
import sys


class A:
    def f(self):
        return "A.f"


class B(A):
    def f(self):
        return "B.f"


b = B()
s = super(B, b)
print(s, s.f(), s.__thisclass__, s.__self__ is b, s.__self_class__)
u = super(B)
print(u, u.__thisclass__, u.__self__, u.__self_class__)
print(super(B, B).f(b), super(A, B).__self_class__)
for args in ((1, b), (B, 1)):
    try:
        super(*args)
    except TypeError as e:
        print("TypeError:", e)
print(repr(sys.stdin), repr(sys.stdout))
