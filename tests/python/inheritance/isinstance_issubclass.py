class A: pass
class B(A): pass
class C: pass


b = B()
print(isinstance(b, A), isinstance(b, (C, A)), isinstance(b, (C, (int, B))), isinstance(b, ()))
print(issubclass(B, A), issubclass(B, B), issubclass(A, B), issubclass(B, (C, object)))
print(isinstance(True, int), issubclass(bool, int), isinstance(1, bool), isinstance(A, type))
print(isinstance(None, object), issubclass(type, object), isinstance(object, type), isinstance(type, type))
print(isinstance(3, int | str), issubclass(B, A | C), isinstance("s", (int, float)))
for args in [(b, 5), (b, (A, 5)), (B, "x")]:
    try:
        print(isinstance(*args))
    except TypeError as e:
        print(type(e).__name__, e)
for args in [(b, A), (B, 5), (5, int)]:
    try:
        print(issubclass(*args))
    except TypeError as e:
        print(type(e).__name__, e)
