# Bases whose instances cannot share a layout, and ones that can.
class E(ValueError, KeyError):
    pass


print(E.__mro__[:3])
for bases in ((Exception, int), (int, float), (dict, list), (int, object), (ValueError, object),
              (list, object)):
    try:
        T = type("T", bases, {})
        print("ok", [b.__name__ for b in T.__mro__])
    except TypeError as e:
        print("TypeError", e)


class MyInt(int):
    pass


class Both(MyInt, int):
    pass


print(Both.__mro__)
