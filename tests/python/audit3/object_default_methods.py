class D:
    pass
d = D()
names = ["__lt__", "__le__", "__gt__", "__ge__", "__dir__", "__subclasshook__", "__weakref__", "__eq__", "__ne__"]
print([n for n in names if not hasattr(d, n)])
print(d.__lt__(d), d.__ge__(1), object.__subclasshook__(), d.__weakref__)
print(sorted(d.__dir__()) == dir(d))
class S:
    __slots__ = ("a",)
print(hasattr(S(), "__weakref__"), hasattr(object, "__weakref__"))
for op in ("<", "<=", ">", ">="):
    try:
        eval("d " + op + " d")
    except TypeError as e:
        print(e)
