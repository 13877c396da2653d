class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item!r}]"


print(Box[int], Box["x"], Box[1, 2])


class Sub(Box):
    pass


print(Sub[str])
print(type(list[int]).__name__, list[int], dict[str, int], tuple[int, ...])
print(list[int]([1, 2]), list[int] == list[int])
try:
    object()[int]
except TypeError as e:
    print(type(e).__name__, e)


class Plain:
    pass


try:
    Plain[int]
except TypeError as e:
    print(type(e).__name__, e)
