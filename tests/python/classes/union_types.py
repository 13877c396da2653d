# PEP 604 unions: int | str, isinstance/issubclass with them, repr, equality, errors.
import types
u = int | str
print(u, type(u).__name__, type(u).__module__, u.__args__)
print(isinstance(1, u), isinstance("a", u), isinstance(1.5, u), isinstance(None, int | None))
print(issubclass(bool, int | str), issubclass(float, int | str))
print(int | None, None | int, int | str | None, (int | str) | (bytes | int))
print(int | int, (int | str) == (str | int), hash(int | str) == hash(str | int))
class A: pass
print(A | int)
print(isinstance(A(), (A | int, str)))
try:
    int | 3
except TypeError as e:
    print("TypeError", e)
try:
    isinstance(1, 3)
except TypeError as e:
    print(e)
def f(x: int | None = None) -> str | None:
    return None
print(f.__annotations__)
print(list[int] if False else "skip")
print(types.UnionType is type(int | str))
