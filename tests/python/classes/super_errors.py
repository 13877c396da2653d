# super's error messages.


class A:
    def f(self):
        return "A.f"


class B(A):
    pass


b = B()


def attempt(f, *a, **kw):
    try:
        r = f(*a, **kw)
        print("ok", type(r).__name__)
    except Exception as e:
        print(type(e).__name__, e)


attempt(super)
attempt(super, 1)
attempt(super, 1, 2)
attempt(super, "x", b)
attempt(super, B, 1)
attempt(super, B, A())
attempt(super, B, A)
attempt(super, B, None)
attempt(super, B, b, 3)
attempt(super, B, b, 3, 4)
attempt(super, B, obj=b)
attempt(super, type=B)
attempt(super.__new__, 1)
attempt(super.__new__, int)
attempt(super.__init__, 1, B, b)
attempt(super.__get__, 1, b)
attempt(super.__repr__, 1)
attempt(super.__getattribute__, 1, "f")
attempt(super.__getattribute__, super(B, b), 3)
attempt(super.__getattribute__, super(B, b), "nope")


def no_args():
    return super()


def not_a_method(x):
    return super()


attempt(no_args)
attempt(not_a_method, 1)


class C(A):
    def gone(self):
        del self
        return super()

    def cls_not_type(self):
        __class__ = 5  # noqa: F841 (a local, not the cell)
        return super().f()


attempt(C().gone)
attempt(C().cls_not_type)

s = super(B, b)
try:
    s.missing
except AttributeError as e:
    print("AttributeError", e)
try:
    s.x = 1
except AttributeError as e:
    print("AttributeError", e)
try:
    super(B).f
except AttributeError as e:
    print("AttributeError", e)
try:
    class Bad(super, int):
        pass
except TypeError as e:
    print("TypeError", e)
print(isinstance(1, super), issubclass(bool, super), issubclass(super, object))
