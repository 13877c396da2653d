# A builtin subclass that overrides only some of __getitem__/__setitem__/__delitem__
# keeps the base type's behaviour for the others (CPython's shared mp_ass_subscript
# slot looks the missing one up on the base).
class SetOnly(dict):
    def __setitem__(self, k, v):
        print("set", k, v)
        dict.__setitem__(self, k, v)


d = SetOnly(a=1, b=2)
d["c"] = 3
del d["a"]
print(sorted(d.items()))
try:
    del d["zzz"]
except KeyError as e:
    print("KeyError", e)


class DelOnly(dict):
    def __delitem__(self, k):
        print("del", k)
        dict.__delitem__(self, k)


d = DelOnly(a=1)
d["b"] = 2
del d["a"]
print(d)


class GetOnly(list):
    def __getitem__(self, i):
        return list.__getitem__(self, i) * 10


l = GetOnly([1, 2, 3])
l[0] = 5
del l[1]
print(l[0], l[1], list(l))
del l[:]
print(list(l))


class SetList(list):
    def __setitem__(self, i, v):
        list.__setitem__(self, i, v + 1)


s = SetList([1, 2, 3])
s[0] = 10
del s[1:]
print(s)
try:
    del s[7]
except IndexError as e:
    print("IndexError", e)


class SetBytes(bytearray):
    def __setitem__(self, i, v):
        bytearray.__setitem__(self, i, v)


b = SetBytes(b"abc")
del b[0]
print(b)
b = bytearray(b"xyz"); b.__init__(b"ab"); print(b)
b.__init__(3); print(b)
b.__init__("h", "ascii"); print(b)
b.__init__(); print(b)
class B(bytearray):
    def __init__(self, x):
        super().__init__(x * 2)
print(B(b"q"), len(B(b"q")))
try: bytearray.__init__(b, 1, 2, 3, 4)
except TypeError as e: print(e)
class B2(bytearray): pass
b = B2(b"abc"); print(len(b), b, b[0]); b[0] = 65; print(b); b.pop(); print(b)
print(repr(B2(b"x")), str(B2()), [B2(b"\x00'")])
print(repr(bytearray(b"\x00'")), repr(b"'"), bytearray(b"'\""), str(bytearray(b"a")))


# Deleting an item of an immutable builtin's subclass names the subclass.
class I(int):
    pass


class T(tuple):
    pass


for obj in (I(3), T((1, 2))):
    try:
        del obj[0]
    except TypeError as e:
        print("TypeError", e)


# str() of a bytearray subclass is bytearray's own repr, whatever __repr__ says.
class R(bytearray):
    def __repr__(self):
        return "R!"


print(str(R(b"ab")), repr(R(b"ab")), "%s" % R(b"c"), f"{R(b'd')}")
