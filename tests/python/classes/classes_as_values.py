class A:
    pass


class B:
    pass


table = {A: "a", B: "b"}
print(table[A], A == A, A != B, A is A, hash(A) == hash(A))
print([cls.__name__ for cls in (A, B, int, str)])
factories = [A, B, list, dict]
made = [f() for f in factories]
print([type(m).__name__ for m in made])


def make(cls, *args):
    return cls(*args)


print(make(int, "42"), make(list, "ab"), type(make(A)).__name__)
print(type(A)(A) is type, type(type), isinstance(A, type), isinstance(A(), type))
print(callable(A), A.__bases__, object.__bases__, A.__base__)
print(type(int) is type, type(None).__name__, type(print).__name__, type(A.__dict__).__name__)
