def t(f):
    try:
        print(repr(f()))
    except BaseException as e:
        print(type(e).__name__ + ":", e)
class MyErr(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
    def __str__(self): return f"[{self.code}] {self.args[0]}"
try:
    raise MyErr(3, "bad")
except Exception as e:
    print(type(e).__name__, e, e.args, e.code, repr(e))
class NoSuper(Exception):
    def __init__(self, a, b):
        self.a = a
try:
    raise NoSuper(1, 2)
except NoSuper as e:
    print(e.args, str(e), repr(e))
class KE(KeyError): pass
try:
    {}["x"]
except KE:
    print("wrong")
except KeyError as e:
    print("keyerror", repr(e))
try:
    raise KE("k")
except LookupError as e:
    print("lookup", str(e), repr(e))
class MyStop(StopIteration): pass
def g():
    yield 1
    raise MyStop("inside")
t(lambda: list(g()))
class It:
    def __iter__(self): return self
    def __next__(self): raise MyStop(5)
t(lambda: list(It()))
class MyAttr(AttributeError): pass
class HasGA:
    def __getattr__(self, n): raise MyAttr(n)
t(lambda: getattr(HasGA(), "q", "dflt"))
t(lambda: hasattr(HasGA(), "q"))
class MyIdx(IndexError): pass
class S:
    def __getitem__(self, i):
        if i > 2: raise MyIdx(i)
        return i
t(lambda: list(S()))
class MyKI(KeyboardInterrupt): pass
t(lambda: (_ for _ in ()).throw(MyKI("x")))
try:
    try:
        raise MyKI("kb")
    except Exception:
        print("should not catch")
except BaseException as e:
    print("base caught", type(e).__name__)
class MultiInh(KeyError, AttributeError): pass
try:
    raise MultiInh("m")
except AttributeError as e:
    print("as attr", str(e))
t(lambda: [k.__name__ for k in MultiInh.__mro__])
def mk():
    class Bad(KeyError, OSError): pass
t(mk)
class MyOS(OSError): pass
e = MyOS(2, "No such file")
t(lambda: (e.errno, e.strerror, str(e), type(e).__name__))
t(lambda: type(OSError(2, "x")).__name__)
class MySyntax(SyntaxError): pass
t(lambda: str(MySyntax("msg", ("f.py", 1, 2, "txt"))))
class MyUnicode(UnicodeDecodeError): pass
t(lambda: str(MyUnicode("utf-8", b"\xff", 0, 1, "bad")))
class MyExit(SystemExit): pass
t(lambda: MyExit(3).code)
# exception with custom __repr__ and args
class R(Exception):
    def __repr__(self): return "R()"
t(lambda: repr(R(1)))
t(lambda: [R(1)])
# raising a class vs instance
def r1(): raise MyErr
t(r1)
def r2(): raise int
t(r2)
def r3(): raise 5
t(r3)
def r4(): raise MyErr(1, "x") from 5
t(r4)
class NotExc: pass
def r5():
    try:
        1/0
    except NotExc:
        pass
t(r5)
def r6():
    try:
        1/0
    except (ZeroDivisionError, 5) as e:
        return "caught"
t(r6)
t(lambda: issubclass(MyErr, (ValueError, Exception)))
t(lambda: MyErr.__mro__[1].__name__)
e2 = ValueError(1, 2)
e2.args = (5,)
t(lambda: (str(e2), repr(e2)))
e3 = Exception()
e3.args = "ab"
t(lambda: e3.args)
t(lambda: Exception(x=1))
class KwExc(Exception):
    def __init__(self, *, x): super().__init__(x)
t(lambda: repr(KwExc(x=1)))
