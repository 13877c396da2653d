def f(a): return a + 1
def g(a): return a * 10
f.__code__ = g.__code__
print(f(3), f.__name__, f.__code__.co_name, f.__code__ is g.__code__, f.__code__ == g.__code__)
def mk():
    x = 5
    def inner(): return x
    return inner
h = mk()
try:
    f.__code__ = h.__code__
except Exception as e: print(type(e).__name__, e)
try:
    h.__code__ = g.__code__
except Exception as e: print(type(e).__name__, e)
try:
    f.__code__ = 5
except Exception as e: print(type(e).__name__, e)
try:
    del f.__code__
except Exception as e: print(type(e).__name__, e)
def mk2():
    y = 7
    def inner2(): return y * 2
    return inner2
h2 = mk2()
h.__code__ = h2.__code__
print(h())
def gen(): yield 1; yield 2
def plain(): return 9
plain.__code__ = gen.__code__
print(list(plain()))
def kw(a, b=2, *, c=3): return (a, b, c)
def other(p, q=20, *, c=30): return (p, q, c)
kw.__code__ = other.__code__
print(kw(1), kw.__defaults__)
print(kw(1, q=5) if False else kw(1, 5))
try: kw(p=1)
except Exception as e: print(type(e).__name__, e)
try: print(kw(a=1))
except Exception as e: print(type(e).__name__, e)
class A:
    def m(self): return 'm'
    def n(self): return 'n'
A.m.__code__ = A.n.__code__
print(A().m())
lam = lambda: 1
lam.__code__ = (lambda: 2).__code__
print(lam())
def kw(a, b=2, *, c=3): return (a, b, c)
def other(p, q=20, *, c=30): return (p, q, c)
kw.__code__ = other.__code__
try: kw(p=1, zz=2)
except Exception as e: print(type(e).__name__, e)
try: kw()
except Exception as e: print(type(e).__name__, e)
try: kw(1,2,3)
except Exception as e: print(type(e).__name__, e)
def selfset():
    selfset.__code__ = (lambda: "new").__code__
    return "old"
print(selfset(), selfset())
import sys
def boom(): return 1/0
def quiet(): return 0
quiet.__code__ = boom.__code__
class P:
    def get(self): return 1
    v = property(get)
p = P()
print([p.v for _ in range(5)])
P.get.__code__ = (lambda self, extra: extra).__code__
try: print(p.v)
except Exception as e: print(type(e).__name__, e)
class Q:
    def __init__(self): self.a = 1
for _ in range(3): Q()
Q.__init__.__code__ = (lambda self, b: None).__code__
try: Q()
except Exception as e: print(type(e).__name__, e)
def loop(n): return n
for i in range(100): loop(i)
loop.__code__ = (lambda n: n * 2).__code__
print(loop(21))
print(quiet.__code__.co_name, quiet.__name__, quiet.__code__ is boom.__code__)
def gg(): yield
print(gg().gi_code is gg.__code__, gg.__code__ is gg.__code__)
quiet()
