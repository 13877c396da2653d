class IterOnly:
    def __iter__(self):
        print("iter")
        return iter([1, 2, 3])


class ContainsNonBool:
    def __contains__(self, x):
        return x  # truthiness of the result is used


class NoContainer:
    pass


print(2 in IterOnly(), 5 in IterOnly(), 5 not in IterOnly())
print(0 in ContainsNonBool(), "x" in ContainsNonBool(), [] not in ContainsNonBool())
try:
    1 in NoContainer()
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 in 5
except TypeError as e:
    print(type(e).__name__, e)


class NoneContains:
    __contains__ = None

    def __iter__(self):
        return iter([1])


try:
    1 in NoneContains()
except TypeError as e:
    print(type(e).__name__, e)
