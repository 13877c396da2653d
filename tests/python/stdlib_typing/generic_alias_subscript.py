# types.GenericAlias: __parameters__ and substituting type variables (PEP 585 aliases).
import collections
import typing

T = typing.TypeVar("T")
K = typing.TypeVar("K")
V = typing.TypeVar("V")

cases = [
    lambda: list[int][str],
    lambda: dict[str, T][int],
    lambda: dict[K, V][int, str],
    lambda: dict[K, V][int],
    lambda: dict[K, V][int, str, bytes],
    lambda: list[T].__parameters__,
    lambda: dict[K, list[V]].__parameters__,
    lambda: dict[T, list[T]].__parameters__,
    lambda: dict[T, list[T]][int],
    lambda: list[list[T]][int],
    lambda: tuple[T, ...][int],
    lambda: type[T][int],
    lambda: list[int].__parameters__,
    lambda: collections.OrderedDict[K, V][str, int],
    lambda: list[T][int] == list[int],
    lambda: dict[K, typing.List[V]][str, int],
    lambda: dict[K, V][(int, str)],
]
for f in cases:
    try:
        print(f())
    except TypeError as e:
        print("TypeError", e)
