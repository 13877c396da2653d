class Outer:
    class Inner:
        def method(self):
            pass

    def make(self):
        class Local:
            pass
        return Local


print(Outer.__name__, Outer.__qualname__, Outer.__module__)
print(Outer.Inner.__name__, Outer.Inner.__qualname__)
print(Outer.Inner.method.__qualname__, Outer.make.__qualname__)
L = Outer().make()
print(L.__name__, L.__qualname__)
o = Outer()
print(o.__class__ is Outer, o.__class__.__name__, o.__module__)
print(Outer.__class__, type(Outer.__class__))
print(__name__, Outer.Inner().__class__.__qualname__)
Outer.__name__ = "Renamed"
print(Outer.__name__, Outer.__qualname__)
Outer.__qualname__ = "Q.R"
print(Outer.__qualname__)
try:
    Outer.__name__ = 5
except TypeError as e:
    print(type(e).__name__, e)
