def f():
    "doc of f"
sm = staticmethod(f)
cm = classmethod(f)
for d in (sm, cm):
    print(d.__wrapped__ is f, d.__doc__, d.__name__, d.__qualname__, d.__isabstractmethod__)
try:
    __import__("")
except ValueError as e:
    print("ValueError:", e)
try:
    try:
        1 / 0
    except (ZeroDivisionError, 5):
        print("caught")
except TypeError as e:
    print("TypeError:", e)
try:
    try:
        1 / 0
    except 5:
        print("caught")
except TypeError as e:
    print("TypeError:", e)
try:
    property(1, 2, 3, 4, 5)
except TypeError as e:
    print("TypeError:", e)
e = ImportError("boom", name="m")
print(e.msg, e.name)
print(ImportError("a", "b").msg, ImportError().msg)
try:
    __import__(5)
except TypeError as e:
    print("TypeError:", e)
try:
    __import__("os", level=-1)
except ValueError as e:
    print("ValueError:", e)
