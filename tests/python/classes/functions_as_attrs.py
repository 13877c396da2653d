class A:
    pass


def method(self, x):
    return ("method", type(self).__name__, x)


a = A()
a.func = lambda x: ("plain", x)
print(a.func(1))
A.meth = method
print(a.meth(2), A.meth(a, 3))
print(type(a.func).__name__, type(a.meth).__name__)
A.stored = len
print(a.stored("abc"))
A.lam = lambda self: self is a
print(a.lam())


class B:
    helper = print
    table = {"f": method}

    def use(self):
        return self.table["f"](self, 9)


print(B().use())
B.helper("builtin functions are not bound")
print(callable(a.func), a.meth.__func__ is method)
