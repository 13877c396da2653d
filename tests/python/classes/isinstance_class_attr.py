# isinstance() falls back on the object's __class__ as its own __getattribute__
# answers it (a weakref proxy passes for its referent's class).
import weakref


class A:
    pass


class B:
    pass


a = A()
p = weakref.proxy(a)
print(isinstance(p, A), isinstance(p, B), isinstance(p, weakref.ProxyType), type(p) is A)


class Liar:
    def __getattribute__(self, name):
        if name == "__class__":
            return A
        return object.__getattribute__(self, name)


class NoClass:
    def __getattribute__(self, name):
        raise AttributeError(name)


class Broken:
    def __getattribute__(self, name):
        raise KeyError(name)


print(isinstance(Liar(), A), isinstance(Liar(), Liar), isinstance(Liar(), (B, A)))
print(isinstance(NoClass(), A), isinstance(NoClass(), NoClass))
try:
    isinstance(Broken(), A)
except KeyError as e:
    print("KeyError", e)
print(isinstance(Broken(), Broken))
del a
try:
    isinstance(p, A)
except ReferenceError as e:
    print("ReferenceError", e)
