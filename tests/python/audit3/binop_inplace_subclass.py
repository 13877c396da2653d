class A:
    def __add__(self, o): return "A.add"
    def __radd__(self, o): return "A.radd"
class B(A):
    def __radd__(self, o): return "B.radd"
class C:
    def __iadd__(self, o): return NotImplemented
    def __add__(self, o): return "C.add"
class CS(C):
    def __radd__(self, o): return "CS.radd"
x = A(); x += B(); print(x)
y = C(); y += CS(); print(y)
z = C(); z += 1; print(z)
class OnlyR:
    def __rsub__(self, o): return f"rsub({o})"
    def __rpow__(self, o): return f"rpow({o})"
    def __rmatmul__(self, o): return "rmatmul"
w = 5; w -= OnlyR(); print(w)
v = 2; v **= OnlyR(); print(v)
u = [1]; u @= OnlyR(); print(u)
class IntSub(int):
    def __radd__(self, o): return "IntSub.radd"
    def __add__(self, o): return "IntSub.add"
q = 1; q += IntSub(2); print(q)
class Lst(list):
    def __radd__(self, o): return "Lst.radd"
print([1] + Lst([2]))
class Str(str):
    def __radd__(self, o): return "Str.radd"
    def __rmod__(self, o): return "Str.rmod"
print("a" + Str("b"), "%s" % Str("x"))
class IntSub(int):
    def __gt__(self, o): return "IntSub.gt"
    def __eq__(self, o): return "IntSub.eq"
    __hash__ = int.__hash__
print(1 < IntSub(2), 1 == IntSub(1), IntSub(1) == 1.0)
class StrSub(str):
    def __eq__(self, o): return "StrSub.eq"
    __hash__ = str.__hash__
    def __lt__(self, o): return "StrSub.lt"
print("a" == StrSub("a"), "a" > StrSub("b"), ["a"] == [StrSub("a")], StrSub("a") in ["a"], "a" in [StrSub("a")])
class ListSub(list):
    def __eq__(self, o): return "ListSub.eq"
print([1] == ListSub([1]), (1,) == ListSub([1]), [1] != ListSub([1]))
