import operator
from operator import itemgetter, attrgetter, methodcaller

print(operator.add(1, 2), operator.sub(5, 3), operator.mul(3, 4), operator.truediv(7, 2))
print(operator.floordiv(7, 2), operator.mod(7, 3), operator.pow(2, 10), operator.neg(5), operator.pos(-5))
print(operator.not_(0), operator.truth([]), operator.abs(-3), operator.inv(5), operator.invert(0))
print(operator.eq(1, 1), operator.ne(1, 2), operator.lt(1, 2), operator.le(2, 2), operator.gt(1, 2), operator.ge(3, 2))
print(operator.and_(12, 10), operator.or_(12, 10), operator.xor(12, 10), operator.lshift(1, 4), operator.rshift(16, 2))
print(operator.is_(None, None), operator.is_not(1, None), operator.contains([1, 2], 2), operator.concat([1], [2]))
print(operator.index(7), operator.countOf([1, 2, 1], 1), operator.indexOf("abc", "c"), operator.length_hint([1, 2]))
print(operator.length_hint(object(), 5), operator.call(len, "abc"))
lst = [1, 2, 3]
operator.setitem(lst, 0, 9); operator.delitem(lst, 1); print(lst, operator.getitem(lst, -1), operator.getitem("abc", slice(1, None)))
a = [1]; print(operator.iadd(a, [2]), a, operator.iconcat(a, [3]), operator.imul(2, 3), operator.isub(5, 1))
print(operator.__add__ is operator.add, operator.__not__ is operator.not_, operator.__and__ is operator.and_)
for bad in [lambda: operator.index(1.5), lambda: operator.concat(1, 2), lambda: operator.indexOf([1], 5)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

g = itemgetter(1)
print(g([1, 2, 3]), g("xyz"), itemgetter(0, 2)("abc"), itemgetter("k")({"k": 5}), itemgetter(slice(1, 3))([0, 1, 2, 3]))
print(g, itemgetter(0, "a"), sorted([(2, "b"), (1, "c"), (3, "a")], key=itemgetter(1)))


class Obj:
    def __init__(self, name, child=None):
        self.name = name
        self.child = child

    def greet(self, greeting, punct="!"):
        return "%s %s%s" % (greeting, self.name, punct)


o = Obj("outer", Obj("inner"))
print(attrgetter("name")(o), attrgetter("child.name")(o), attrgetter("name", "child.name")(o))
print(attrgetter("name"), attrgetter("a.b", "c"))
print(methodcaller("greet", "hi")(o), methodcaller("greet", "yo", punct="?")(o), methodcaller("upper")("abc"))
print(methodcaller("greet", "hi"), methodcaller("f", 1, k=2))
try:
    attrgetter("missing")(o)
except AttributeError as e:
    print("AttributeError", e)
try:
    attrgetter(1)
except TypeError as e:
    print("TypeError", e)
try:
    methodcaller(1)
except TypeError as e:
    print("TypeError", e)
print(sorted([Obj("b"), Obj("a")], key=attrgetter("name"))[0].name)
