"""`str(x)` of instances whose class defines `__str__` as a plain function: str and
str-subclass results, the TypeError for anything else, errors raised inside, recursion,
a `__str__` replaced on the class between calls, and str subclasses' own instances."""


class Name:
    def __init__(self, n):
        self.n = n

    def __str__(self):
        return "Name(%s)" % self.n


print([str(Name(i)) for i in range(3)])


class S(str):
    pass


class SubResult:
    def __str__(self):
        return S("sub")


r = str(SubResult())
print(r, r == "sub", type(r).__name__)


class Bad:
    def __init__(self, v):
        self.v = v

    def __str__(self):
        return self.v


for v in ("ok", 5, None, b"x"):
    try:
        print(repr(str(Bad(v))))
    except TypeError as e:
        print("TypeError", e)


class Raises:
    def __str__(self):
        raise ValueError("inside __str__")


try:
    str(Raises())
except ValueError as e:
    print("ValueError", e)


class Rec:
    def __str__(self):
        return str(self)


try:
    str(Rec())
except RecursionError as e:
    print("RecursionError", e)


class Later:
    def __str__(self):
        return "first"


seen = []
for i in range(3):
    seen.append(str(Later()))
    if i == 0:
        Later.__str__ = lambda self: "second"
print(seen)


class MyStr(str):
    def __str__(self):
        return "custom " + self.upper()


print(str(MyStr("abc")), str(S("plain")), type(str(S("plain"))).__name__)


class WithArgs:
    def __str__(self, extra="x"):
        return "with default " + extra


print(str(WithArgs()))


def nested():
    return [str(Name("in")) + "!" for _ in range(2)]


print(nested())


# A __str__ with a default argument goes the general way: called once there too.
class Counted:
    calls = 0

    def __str__(self, extra=""):
        Counted.calls += 1
        return "counted" + extra


class CountedBad:
    calls = 0

    def __str__(self, extra=""):
        CountedBad.calls += 1
        return 5


print(str(Counted()), Counted.calls)
try:
    str(CountedBad())
except TypeError as e:
    print("TypeError", e, CountedBad.calls)
