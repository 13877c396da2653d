# str() hands back a str subclass instance returned by __str__; the builtin dunders
# (str.__add__, str.__eq__, int.__add__...) accept subclass instances as their base value.
class Safe(str):
    def __add__(self, other):
        t = super().__add__(other)
        return Safe(t) if isinstance(other, Safe) else t

    def __str__(self):
        return self


class Plain(str):
    pass


class MyInt(int):
    pass


s = Safe("<b>")
print(type(str(s)).__name__, type(str(Plain("x"))).__name__)
print(type(s + Safe("x")).__name__, s + Safe("x"), type(s + "y").__name__)
print(str.__add__(Plain("a"), Plain("b")), str.__eq__(Plain("a"), "a"), str.__lt__("a", Plain("b")))
print(int.__add__(MyInt(2), MyInt(3)), int.__mul__(MyInt(2), 4), int.__lt__(MyInt(1), 2))
print(list.__add__([1], [2]))
print(type(str(Safe("q"))) is Safe, str(Safe("q")) == "q")
