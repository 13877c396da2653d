print(sorted(k for k in vars(super) if not k.startswith("__") or k in ("__thisclass__", "__self__", "__self_class__")))
for k in ("__thisclass__", "__self__", "__self_class__"):
    d = vars(super)[k]
    print(k, type(d).__name__, d.__name__, d.__objclass__.__name__)
class A: pass
class B(A):
    def f(self):
        s = super()
        return s.__thisclass__.__name__, s.__self__ is self, s.__self_class__.__name__, vars(super)["__self_class__"].__get__(s).__name__
print(B().f())
try:
    vars(super)["__self__"].__set__(super(B, B()), 1)
except Exception as e:
    print(type(e).__name__, e)
print("__round__" in vars(int), int.__round__(15, -1), int.__round__(True), (25).__round__(-1), (7).__round__())
for bad in (None, 1.5, "x"):
    try:
        print((7).__round__(bad))
    except Exception as e:
        print(type(e).__name__, e)
print(round(125, -1), round(135, -1), int.__round__(10**30 + 5, -1))
