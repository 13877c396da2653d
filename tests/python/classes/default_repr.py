class A:
    pass


a = A()
r = repr(a)
print(type(r).__name__, r.startswith("<__main__.A object at 0x"), r.endswith(">"))
print(str(a) == r, format(a) == r, f"{a}" == r)
print(repr(A), str(A))
print(repr(int), repr(object), repr(type))


class Outer:
    class Inner:
        pass


print(repr(Outer.Inner))
print(repr(Outer.Inner()).startswith("<__main__.Outer.Inner object at 0x"))
print(repr(A.__init__).startswith("<slot wrapper '__init__' of 'object' objects>"))


class M:
    def f(self):
        pass


print(repr(M.f).startswith("<function M.f at 0x"))
print(repr(M().f).startswith("<bound method M.f of <__main__.M object at 0x"))
