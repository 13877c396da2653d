def t(f):
    try:
        print(repr(f()))
    except BaseException as e:
        print(type(e).__name__ + ":", e)
class CM:
    def __init__(self, name, suppress=False): self.name = name; self.suppress = suppress
    def __enter__(self):
        print("enter", self.name); return self.name
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, str(ev) if ev else None, tb is not None)
        return self.suppress
def f1():
    with CM("a") as x, CM("b", True) as y:
        print("body", x, y)
        raise ValueError("v")
    return "after"
t(f1)
def f2():
    with CM("a", True), CM("b"):
        raise KeyError("k")
    return "after2"
t(f2)
def f3():
    for i in range(3):
        with CM(str(i)):
            if i == 1: continue
            if i == 2: break
    return "loop done"
t(f3)
def f4():
    with CM("r"):
        return "returned"
t(f4)
class ExitTruthy:
    def __enter__(self): return self
    def __exit__(self, *a): return "nonempty"
def f5():
    with ExitTruthy():
        1/0
    return "suppressed by truthy"
t(f5)
class ExitBoolRaises:
    def __enter__(self): return self
    def __exit__(self, *a):
        class B:
            def __bool__(self): raise RuntimeError("bool boom")
        return B()
def f6():
    with ExitBoolRaises():
        1/0
t(f6)
class EnterRaises:
    def __enter__(self): raise OSError("enter fail")
    def __exit__(self, *a): print("exit should not run"); return True
t(lambda: [None for _ in [0] if (lambda: exec("with EnterRaises(): pass", globals()))()])
class NoExit:
    def __enter__(self): return 1
def f7():
    with NoExit(): pass
t(f7)
class NoEnter:
    def __exit__(self, *a): pass
def f8():
    with NoEnter(): pass
t(f8)
class ExitArgs:
    def __enter__(self): return self
    def __exit__(self, a, b): return True
def f9():
    with ExitArgs(): pass
t(f9)
class EnterAttr:
    pass
e = EnterAttr()
e.__enter__ = lambda: 1
e.__exit__ = lambda *a: None
def f10():
    with e: pass
t(f10)
class ExitStores:
    def __enter__(self): return self
    def __exit__(self, et, ev, tb):
        self.ev = ev; return True
def f11():
    s = ExitStores()
    with s:
        raise StopIteration(7)
    return type(s.ev).__name__, s.ev.value
t(f11)
def f12():
    with CM("target") as (a, b):
        pass
t(f12)
def f13():
    d = {}
    with CM("xy") as d["k"]:
        pass
    return d
t(f13)
def f14():
    with CM("outer"):
        try:
            with CM("inner"):
                raise TypeError("t")
        finally:
            print("finally")
t(f14)
def gen():
    with CM("gen"):
        yield 1
        yield 2
g = gen()
next(g)
g.close()
print("closed")
def f15():
    class Reraise:
        def __enter__(self): pass
        def __exit__(self, et, ev, tb): raise ValueError("from exit")
    try:
        with Reraise():
            raise KeyError("orig")
    except ValueError as e:
        return type(e.__context__).__name__
t(f15)
