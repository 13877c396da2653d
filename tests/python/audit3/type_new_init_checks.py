for f in [lambda: type.__new__(int, 'X', (), {}), lambda: type.__new__(type, 'X'), lambda: type.__new__(type), lambda: type.__new__(5, 'X', (), {}), lambda: type.__init__(type('H',(),{}), 'X', (), {}, 1), lambda: type.__init__(type('H',(),{}), 'X', ())]:
    try: print(f())
    except TypeError as e: print(e)
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
class A(metaclass=Meta, flag=1):
    pass
print(A.__name__, type(A).__name__)
X = type.__new__(type, "X", (), {"v": 3})
print(X.v, type.__init__(X, "X", (), {}))
