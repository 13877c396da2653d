# Functions, classmethod, staticmethod and property have __get__, for code that runs the
# descriptor protocol by hand.
class C:
    def method(self, x):
        return (type(self).__name__, x)

    @classmethod
    def cm(cls):
        return cls.__name__

    @staticmethod
    def sm():
        return "static"

    @property
    def prop(self):
        return "prop of " + type(self).__name__


c = C()
f = C.__dict__["method"]
print(f.__get__(c)(1), f.__get__(c, C)(2), f.__get__(None, C) is f)
print(C.__dict__["cm"].__get__(c)(), C.__dict__["cm"].__get__(None, C)())
print(C.__dict__["sm"].__get__(c)(), C.__dict__["prop"].__get__(c), C.__dict__["prop"].__get__(None, C) is C.__dict__["prop"])
print(type(f.__get__(c)).__name__, f.__get__(c).__self__ is c)
