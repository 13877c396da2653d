# OR patterns, AS patterns, guards and which names a case leaves bound.


def f(x):
    match x:
        case 1 | 2 | 3 as small:
            return f"small {small}"
        case [a, b] | (a, b, _) | {"a": a, "b": b}:
            return f"pair-ish {a} {b}"
        case [(x1, y1) | [y1, x1, _]] if x1 != y1:
            return f"inner or {x1} {y1}"
        case ({"v": v} | [v]) as whole:
            return f"v={v} whole={whole}"
        case str() | bytes() as s:
            return f"text {s!r}"
        case _:
            return "other"


for v in [1, 3, [1, 2], (1, 2, 3), {"a": 5, "b": 6}, [(7, 8)], [[1, 2, 3]], [(4, 4)],
          {"v": 0}, [9], "s", b"b", 4.5]:
    print(repr(v), "->", f(v))


# Names in different orders in the alternatives are bound to the right values.
def order(x):
    match x:
        case (1, a, b, c) | (2, c, a, b) | (3, b, c, a):
            return a, b, c


for v in [(1, "a", "b", "c"), (2, "c", "a", "b"), (3, "b", "c", "a")]:
    print(order(v))


# Guards: evaluated after the pattern binds; a failed guard leaves the names bound.
def guarded(x):
    calls = []

    def check(v):
        calls.append(v)
        return v > 10

    match x:
        case [n] if check(n):
            r = f"big {n}"
        case [n]:
            r = f"small {n}"
        case n if isinstance(n, int) and n < 0:
            r = "negative"
        case _ if False:
            r = "never"
        case _:
            r = "fallback"
    return r, calls


for v in [[20], [5], -1, "x"]:
    print(v, guarded(v))

match [5]:
    case [y] if y > 10:
        pass
    case _:
        print("guard failed, y is still", y)

# A guard with a walrus.
match 12:
    case n if (half := n // 2) > 5:
        print("half", half)

# AS patterns nest.
match [1, [2, 3]]:
    case [int() as a, [b, c] as inner] as outer:
        print(a, b, c, inner, outer)

# Irrefutable patterns are allowed last, or guarded.
def last(x):
    match x:
        case 0:
            return "zero"
        case y if y == 1:
            return "guarded capture"
        case (z):
            return f"capture {z}"


print(last(0), last(1), last(2))

# An OR whose last alternative is irrefutable.
for v in [[6], 7]:
    match v:
        case [other] | other:
            print("other", other)

# A case body that returns, breaks and continues inside a loop.
def find(items):
    for it in items:
        match it:
            case None:
                continue
            case "stop":
                break
            case [*_] as found:
                return found
    return "none found"


print(find([None, 1, [2], 3]), find([None, "stop", [1]]), find([]))

# Exceptions raised by a pattern or a guard propagate.
class Boom:
    def __eq__(self, other):
        raise RuntimeError("eq failed")


class B:
    X = Boom()


try:
    match 1:
        case B.X:
            pass
except RuntimeError as e:
    print(type(e).__name__, e)

try:
    match 1:
        case n if 1 / 0:
            pass
except ZeroDivisionError as e:
    print(type(e).__name__, e)

# Match in a generator and with try/finally around it.
def gen(items):
    for it in items:
        try:
            match it:
                case (k, v):
                    yield f"{k}={v}"
                case _:
                    yield "?"
        finally:
            pass


print(list(gen([("a", 1), 5, ("b", 2)])))
