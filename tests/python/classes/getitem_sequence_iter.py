class Squares:
    def __init__(self, n):
        self.n = n

    def __getitem__(self, i):
        print("getitem", i)
        if i >= self.n:
            raise IndexError("out of range")
        return i * i


print(list(Squares(3)))
print(4 in Squares(3))
print(9 in Squares(5))
a, b = Squares(2)
print(a, b)
it = iter(Squares(1))
print(type(it).__name__, next(it), next(it, "stop"))


class Keyed:
    def __getitem__(self, key):
        if key == 3:
            raise KeyError(key)
        return key


try:
    for x in Keyed():
        print("item", x)
except KeyError as e:
    print("KeyError escapes:", e)


class StopEarly:
    def __getitem__(self, i):
        if i == 2:
            raise StopIteration
        return i


print(list(StopEarly()))
