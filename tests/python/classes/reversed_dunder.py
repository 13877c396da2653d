class Seq:
    def __init__(self, *items):
        self.items = list(items)

    def __len__(self):
        return len(self.items)

    def __getitem__(self, i):
        return self.items[i]


class Rev:
    def __reversed__(self):
        print("__reversed__ called")
        return iter("zyx")


print(list(reversed(Seq(1, 2, 3))), list(reversed(Rev())))
r = reversed(Seq("a", "b"))
print(type(r).__name__, next(r), next(r), next(r, "end"))


class NoLen:
    def __getitem__(self, i):
        return i


try:
    reversed(NoLen())
except TypeError as e:
    print(type(e).__name__, e)


class NoneRev(Seq):
    __reversed__ = None


try:
    reversed(NoneRev(1))
except TypeError as e:
    print(type(e).__name__, e)
try:
    reversed(5)
except TypeError as e:
    print(type(e).__name__, e)
