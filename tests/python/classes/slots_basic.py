class P:
    __slots__ = ("x", "y")

    def __init__(self, x):
        self.x = x


p = P(1)
print(p.x, hasattr(p, "y"), hasattr(p, "__dict__"))
p.y = 2
print(p.y, P.__slots__)
try:
    p.z = 3
except AttributeError as e:
    print(type(e).__name__, e)
try:
    print(P(5).y)
except AttributeError as e:
    print(type(e).__name__, e)
del p.x
try:
    del p.x
except AttributeError as e:
    print(type(e).__name__, e)
print(type(P.x).__name__)


class Q(P):
    pass


q = Q(1)
q.z = 3
print(q.z, q.__dict__)


class R(P):
    __slots__ = ("z",)


r = R(1)
r.z = 9
print(r.x, r.z, hasattr(r, "__dict__"))
try:
    r.w = 0
except AttributeError as e:
    print(type(e).__name__, e)


class S:
    __slots__ = "only"


s = S()
s.only = "one"
print(s.only, S.__slots__)
