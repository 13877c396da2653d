# `!s`/`!r` keep a str subclass returned by `__str__`/`__repr__`, which is then
# formatted through the subclass's `__format__` (CPython's FORMAT_VALUE).


class Fancy(str):
    def __format__(self, spec):
        return "fancy(" + spec + ")"


class Gives:
    def __str__(self):
        return Fancy("s")

    def __repr__(self):
        return Fancy("r")


class GivesWide:
    def __repr__(self):
        return Fancy("é")


g = Gives()
print(f"{g!s}|{g!r}|{g!a}|{g!s:>4}|{g!r:<3}|{g}")
print(str(g), repr(g), type(str(g)).__name__)
print(f"{GivesWide()!a}|{GivesWide()!r}")
print(f"{Fancy('x')!s}|{Fancy('x')!r}|{Fancy('x')}")


class BadStr:
    def __str__(self):
        return 1

    def __repr__(self):
        return b"r"


for f in [lambda: f"{BadStr()!s}", lambda: f"{BadStr()!r}", lambda: f"{BadStr()!a}"]:
    try:
        f()
    except TypeError as e:
        print(e)
