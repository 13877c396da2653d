class Base(Exception):
    pass


class Mid(Base):
    pass


class Leaf(Mid):
    pass


def raiser(cls):
    raise cls(cls.__name__.lower())


for cls in (Leaf, Mid, Base, KeyError):
    try:
        raiser(cls)
    except Leaf as e:
        print("Leaf handler", e)
    except Mid as e:
        print("Mid handler", e, type(e).__name__)
    except (Base, KeyError) as e:
        print("tuple handler", repr(e))
try:
    raise Leaf
except Base as e:
    print(type(e).__name__, e.args, isinstance(e, Exception))


class NotAnException:
    pass


try:
    raise NotAnException()
except TypeError as e:
    print(type(e).__name__, e)
try:
    try:
        raise Leaf("x")
    except NotAnException:
        pass
except TypeError as e:
    print(type(e).__name__, e)
print(issubclass(Leaf, BaseException), Leaf.__mro__[-3].__name__)
