def t(f):
    try:
        print(repr(f()))
    except BaseException as e:
        print(type(e).__name__ + ":", e)
class A:
    def __new__(cls, *a): return super().__new__(cls)
    def __init_subclass__(cls, **kw): pass
    def __class_getitem__(cls, item): return ("cgi", cls.__name__, item)
t(lambda: type(A.__dict__["__new__"]).__name__)
t(lambda: type(A.__dict__["__init_subclass__"]).__name__)
t(lambda: type(A.__dict__["__class_getitem__"]).__name__)
t(lambda: A[int])
class B(A): pass
t(lambda: B[1, 2])
t(lambda: A()[0])
t(lambda: A.__new__(B).__class__.__name__)
t(lambda: A.__new__())
t(lambda: A.__init_subclass__.__self__.__name__)
# __class_getitem__ not used when metaclass __getitem__ exists
class M(type):
    def __getitem__(cls, k): return "meta-getitem"
class C(metaclass=M):
    def __class_getitem__(cls, k): return "cgi"
t(lambda: C[0])
# __class_getitem__ = something non-callable
class D:
    __class_getitem__ = 5
t(lambda: D[0])
class E: pass
t(lambda: E[0])
# builtin generic aliases
t(lambda: list[int])
t(lambda: dict[str, list[int]])
t(lambda: list[int]([1, 2]))
t(lambda: list[int].__origin__)
t(lambda: tuple[int, ...].__args__)
t(lambda: isinstance([], list[int]))
t(lambda: type[int])
class F(list): pass
t(lambda: F[int])
t(lambda: F[int].__origin__ is F)
t(lambda: int[0])
# __new__ as plain staticmethod called explicitly
class G:
    @staticmethod
    def __new__(cls, x):
        o = object.__new__(cls); o.x = x; return o
t(lambda: G(5).x)
class H:
    def __new__(cls, x): return object.__new__(cls)
t(lambda: H.__new__ is H.__dict__["__new__"])
t(lambda: H.__new__(H, 1).__class__.__name__)
