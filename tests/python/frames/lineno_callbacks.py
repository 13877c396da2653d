# The caller's f_lineno seen from Python code that an instruction calls back (__next__,
# __iter__, __getitem__ in unpacking, __missing__, operators, __bool__, __hash__).
import sys
def ln():
    return sys._getframe(2).f_lineno
class It:
    def __init__(self): self.n = 0
    def __iter__(self):
        self.at_iter = ln()
        return self
    def __next__(self):
        self.n += 1
        if self.n > 2: raise StopIteration
        return ln()
class Seq:
    def __getitem__(self, i):
        if i > 1: raise IndexError
        return sys._getframe(1).f_lineno
    def __len__(self): return sys._getframe(1).f_lineno
class D(dict):
    def __missing__(self, k): return sys._getframe(1).f_lineno
class Num:
    def __add__(self, o): return sys._getframe(1).f_lineno
    def __lt__(self, o): return sys._getframe(1).f_lineno
    def __bool__(self):
        print("bool line", sys._getframe(1).f_lineno)
        return True
    def __hash__(self):
        return sys._getframe(1).f_lineno
def f():
    it = It()
    out = []
    for x in it:
        out.append(x)
    out.append(it.at_iter)
    a, b = Seq()
    out += [a, b]
    out.append(D()["k"])
    out.append(Num() + 1)
    out.append(Num() < 1)
    if Num():
        pass
    out.append(len(Seq()))
    out.append(hash(Num()))
    s = {Num()}
    return out
print(f())
