# Captures bind names in every scope (global, nonlocal, class bodies), generators and
# try/except around a match; `match`, `case` and `_` stay ordinary names.
g = None
def setg(v):
    global g
    match v:
        case [g, *_]:
            pass
setg([5, 6]); print(g)
def outer():
    n = 0
    def inner(v):
        nonlocal n
        match v:
            case {"n": n}:
                pass
    inner({"n": 3})
    return n
print(outer())
match (w := [1, 2]):
    case [a, b]:
        print(w, a, b)
rest = [3, 4]
match 1, *rest:
    case (1, *others):
        print(others)
def gen():
    for v in [1, 2, 3]:
        match v:
            case x if (yield x) == "stop":
                print("stopped at", x)
                return
            case _:
                pass
it = gen()
print(next(it)); print(it.send(None)); 
try:
    it.send("stop")
except StopIteration:
    print("done")
class E:
    def __eq__(self, o): raise KeyError("boom")
class N: X = E()
out = []
for i in range(3):
    try:
        match i:
            case 0:
                out.append("zero")
            case N.X:
                out.append("never")
    except KeyError as e:
        out.append(("caught", i))
print(out)
class C:
    items = []
    for v in [(1, 2), [3], "x"]:
        match v:
            case (a, b):
                items.append(a + b)
            case [a]:
                items.append(a)
            case str() as s:
                items.append(s)
print(C.items)
x = 10
match 99:
    case 1:
        x = 0
print(x)
# soft keywords as names in patterns and expressions
match = {"case": 1}
match match:
    case {"case": case}:
        print("case", case)
_ = 5
match 7:
    case _:
        print(_)
print(type(match).__name__)
