class M(int):
    def __eq__(self, o):
        print("M.eq")
        return True
print(M(1) != 2, 2 != M(1))
class A:
    def __eq__(self, o):
        print("A.eq", type(o).__name__)
        return NotImplemented
class B(A):
    def __eq__(self, o):
        print("B.eq", type(o).__name__)
        return False
print(A() != B())
print(B() != A())
class C:
    def __ne__(self, o):
        print("C.ne")
        return NotImplemented
    def __eq__(self, o):
        print("C.eq")
        return True
print(C() != C())
class S(str):
    def __eq__(self, o):
        print("S.eq")
        return False
print(S("a") != "a", "a" != S("a"))


class OnlyNe:
    def __ne__(self, o):
        print("OnlyNe.ne")
        return "yes"


x = OnlyNe()
print(x == x, x == OnlyNe(), x != 1, 1 != x)


class Weird:
    def __eq__(self, o):
        return [0]          # truthy: != gives False


print(Weird() != 1, 1 != Weird())


class E(Exception):
    def __eq__(self, o):
        print("E.eq")
        return isinstance(o, E)


print(E() != E(), E() != 5)


class L(list):
    def __ne__(self, o):
        print("L.ne")
        return NotImplemented


print(L([1]) != [1], [1] != L([1]), L([1]) != [2])


class Base:
    def __eq__(self, o):
        print("Base.eq", type(self).__name__, type(o).__name__)
        return NotImplemented


class Derived(Base):
    pass


print(Base() != Derived())
d = Derived()
print(d != d)


class P(property):
    def __eq__(self, o):
        print("P.eq")
        return True


print(P() != P())


class B2(bytes):
    def __eq__(self, o):
        print("B2.eq")
        return True


print(B2(b"a") != b"b")
