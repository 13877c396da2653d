"""Subscripts, comparisons and truth tests the eval loop answers without Python code
(a dict's str keys, str equality, the truth of builtin containers) next to the cases
that need the general path: a key object equal to a str with the same hash, str
subclasses, replaced values with finalizers, and containers emptied in the loop."""


class Key:
    def __init__(self, s):
        self.s = s

    def __hash__(self):
        return hash(self.s)

    def __eq__(self, other):
        print("Key.__eq__", self.s, other)
        return self.s == other

    def __repr__(self):
        return "Key(%r)" % self.s


def stores(d, n):
    for i in range(n):
        d["a"] = i
    return d


d = {Key("a"): 0}
print(stores(d, 2), len(d))
print(d["a"])

e = {}
print(stores(e, 3), e["a"])


class S(str):
    pass


f = {S("k"): 1}
for i in range(2):
    f["k"] = i
print(f, len(f), type(list(f)[0]).__name__)


class Fin:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)


g = {}
for i in range(3):
    g["x"] = Fin(i)
print("stored")
del g


def compares(a, b):
    out = []
    for _ in range(2):
        out.append((a == b, a != b))
    return out


print(compares("abc", "abc"), compares("abc", "abd"), compares("é", "é"), compares("", ""))
print(compares("a", S("a")), compares(S("a"), "b"))


def truths(values):
    return [("yes" if v else "no", "no" if not v else "yes") for v in values]


print(truths(["", "x", [], [0], (), (0,), {}, {1: 2}, S(""), S("s")]))

stack = [1, 2, 3]
while stack:
    stack.pop()
print(stack)
text = "abc"
n = 0
while text:
    text = text[1:]
    n += 1
print(n)
