class Acc:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return f"Acc({self.v})"

    def __iadd__(self, o):
        self.v += o
        return self

    def __isub__(self, o):
        self.v -= o
        return self

    def __imul__(self, o):
        self.v *= o
        return self

    def __itruediv__(self, o): return "itruediv"
    def __ifloordiv__(self, o): return "ifloordiv"
    def __imod__(self, o): return "imod"
    def __ipow__(self, o): return "ipow"
    def __imatmul__(self, o): return "imatmul"
    def __ilshift__(self, o): return "ilshift"
    def __irshift__(self, o): return "irshift"
    def __iand__(self, o): return "iand"
    def __ixor__(self, o): return "ixor"
    def __ior__(self, o): return "ior"


a = Acc(1)
b = a
a += 5
a -= 1
a *= 3
print(a, a is b)
x = Acc(0)
x /= 2
print(x, end=" ")
x = Acc(0)
x //= 2
print(x, end=" ")
x = Acc(0)
x %= 2
print(x, end=" ")
x = Acc(0)
x **= 2
print(x, end=" ")
x = Acc(0)
x @= 2
print(x)
x = Acc(0)
x <<= 2
print(x, end=" ")
x = Acc(0)
x >>= 2
print(x, end=" ")
x = Acc(0)
x &= 2
print(x, end=" ")
x = Acc(0)
x ^= 2
print(x, end=" ")
x = Acc(0)
x |= 2
print(x)
items = [Acc(1)]
items[0] += 4
print(items)


class OnlyAdd:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        return OnlyAdd(self.v + o)


c = OnlyAdd(1)
d = c
c += 10
print(c.v, d.v, c is d)


class NotImpl:
    def __iadd__(self, o):
        return NotImplemented

    def __add__(self, o):
        return "fallback add"


e = NotImpl()
e += 1
print(e)
lst = [1]
alias = lst
lst += (2, 3)
print(lst, alias is lst)
t = (1,)
t += (2,)
print(t)
