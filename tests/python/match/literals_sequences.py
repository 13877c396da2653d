# Literal, capture, wildcard, value, group and sequence patterns.
import collections
import collections.abc


def lit(x):
    match x:
        case 0:
            return "zero"
        case 1 | 2:
            return "one or two"
        case -3:
            return "minus three"
        case 1.5:
            return "one and a half"
        case 2 + 3j:
            return "complex"
        case -1 - 1j:
            return "negative complex"
        case "hi" | 'there':
            return "string"
        case b"raw":
            return "bytes"
        case None:
            return "None"
        case True:
            return "True"
        case False:
            return "False"
        case _:
            return "other"


for v in [0, 1, 2, -3, 1.5, 2 + 3j, -1 - 1j, "hi", "there", b"raw", None, True, False,
          0.0, 1.0, "x", 2.0, [], 3]:
    print(repr(v), "->", lit(v))


class Color:
    RED = 1
    GREEN = 2

    class Inner:
        BLUE = 3


def value(x):
    match x:
        case Color.RED:
            return "red"
        case Color.GREEN:
            return "green"
        case Color.Inner.BLUE:
            return "blue"
        case other:
            return f"other {other}"


for v in [1, 2, 3, 4]:
    print(v, value(v))


def seq(x):
    match x:
        case []:
            return "empty"
        case [a]:
            return f"one {a}"
        case [a, b]:
            return f"two {a} {b}"
        case (a, b, c):
            return f"three {a} {b} {c}"
        case [first, *rest] if len(rest) > 5:
            return f"long {first} {rest}"
        case [a, *mid, z]:
            return f"star {a} {mid} {z}"
        case _:
            return "not a sequence"


for v in [[], [1], (1, 2), [1, 2, 3], (1, 2, 3, 4), list(range(10)), range(5), "abc",
          b"ab", bytearray(b"xy"), {1: 2}, 5, collections.deque([7, 8]), {1, 2},
          ]:
    print(repr(v)[:30], "->", seq(v))


def wild(x):
    match x:
        case [1, *_, 9]:
            return "1..9"
        case [_, _, *_]:
            return "at least two"
        case [*_]:
            return "any sequence"
        case (_):
            return "anything"


for v in [[1, 9], [1, 5, 5, 9], [3, 4], [3], (), 7]:
    print(v, wild(v))


def nested(x):
    match x:
        case [[a, b], [c, *d]]:
            return ("nested", a, b, c, d)
        case [(1, x), (2, y)]:
            return ("pairs", x, y)
        case ([a, b] | (a, b, _)):
            return ("either", a, b)
    return "no"


for v in [[[1, 2], [3, 4, 5]], [(1, 'a'), (2, 'b')], [5, 6], (7, 8, 9), [[1], [2]]]:
    print(v, nested(v))


class MySeq(collections.abc.Sequence):
    def __init__(self, *items):
        self.items = items

    def __len__(self):
        return len(self.items)

    def __getitem__(self, i):
        return self.items[i]


class Registered:
    def __init__(self, *items):
        self.items = list(items)

    def __len__(self):
        return len(self.items)

    def __getitem__(self, i):
        return self.items[i]

    def __iter__(self):
        return iter(self.items)


collections.abc.Sequence.register(Registered)


class NotRegistered(Registered):
    pass


class Sub(Registered):
    pass


class MyList(list):
    pass


class MyStr(str):
    pass


for v in [MySeq(1, 2), MySeq(1, 2, 3), Registered(4, 5), Sub(1, 2, 3, 4), MyList([1]),
          MyStr("ab")]:
    print(type(v).__name__, seq(v))


# Captures bind as names: at module level, in a function, in a class body.
match (1, 2):
    case (m1, m2):
        print("module", m1, m2)


class Body:
    match [3, 4]:
        case [c1, c2]:
            total = c1 + c2


print("class", Body.c1, Body.c2, Body.total)


def closure():
    match [5]:
        case [inner]:
            pass
    return lambda: inner


print("closure", closure()())

# The subject is evaluated once.
def subject():
    print("subject evaluated")
    return [1, 2]


match subject():
    case [3, 4]:
        print("no")
    case [1, 2]:
        print("yes")

# A match with no case taken does nothing.
match 42:
    case 1:
        print("no")
print("after")

# Nested match statements, and break/continue/return in cases.
for i in range(4):
    match i:
        case 0:
            continue
        case 3:
            break
        case n:
            match n * 10:
                case 10:
                    print("ten")
                case m:
                    print("other", m)

# `match` and `case` stay usable as names.
match = 1
case = 2
print(match, case)
match, case = case, match
print(match, case)


def match(x):
    return x * 2


print(match(4))
