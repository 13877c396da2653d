class A:
    def who(self): return "A"
class B:
    def who(self): return "B"
class S:
    __slots__ = ("x",)
class I(int): pass
class M(type): pass
a = A()
for i in range(5):
    a.__class__ = B if i % 2 == 0 else A
    print(a.who(), type(a).__name__, isinstance(a, A), isinstance(a, B))
try:
    a.__class__ = S
except TypeError as e: print(e)
try:
    a.__class__ = I
except TypeError as e: print(e)
try:
    A.__class__ = M
except TypeError as e: print(e)
class P:
    @property
    def __class__(self): return int
p = P()
print(isinstance(p, int), type(p).__name__)
class D:
    def __del__(self): print("del", type(self).__name__)
class E(D): pass
d = D(); d.__class__ = E; del d
import sys
m = type(sys)("m")
class MyMod(type(sys)): pass
m.__class__ = MyMod
print(type(m).__name__)
class Base:
    def __setattr__(self, k, v):
        print("setattr", k)
        super().__setattr__(k, v)
b = Base(); b.__class__ = A; print(type(b).__name__)
