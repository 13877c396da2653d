# itertools.count and itertools.repeat have a __repr__ slot in their dicts, and their reprs
# name the object's own class (a subclass's), as CPython's do.
import itertools
class C(itertools.count): pass
class R(itertools.repeat):
    def __repr__(self):
        return "R:" + super().__repr__()
print(repr(C()), repr(C(5, 2)), repr(itertools.repeat('a', 3)), repr(R(1)), repr(itertools.count(1.5)))
c = itertools.count(3)
print(vars(itertools.count)['__repr__'], itertools.count.__repr__(c), type(c).__repr__(C(7)), itertools.repeat.__repr__(R('x', 2)))
for f in (lambda: itertools.count.__repr__(itertools.repeat(1)), lambda: itertools.count.__repr__(), lambda: c.__repr__(1)):
    try: print(f())
    except TypeError as e: print("TypeError", e)
print(sorted(n for n in ("__repr__", "__new__") if n in vars(itertools.count)))
