# PEP 585 generic aliases: list[int] and friends in annotations, bases, unions, comparisons.
x: list[int] = [1]


def f(a: dict[str, list[int]]) -> tuple[int, ...]:
    return (1,)


print(f.__annotations__, list[int].__origin__, list[int].__args__, isinstance([], list))
print(list[int] | None, int | list[str])


class L(list[int]):
    pass


print(L.__mro__, L([1, 2]), type(list[int]), list[int] == list[int], list[int] == list[str])
try:
    isinstance([], list[int])
except TypeError as e:
    print(e)
