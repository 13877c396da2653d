def t(f):
    try:
        r = f()
        print(repr(r), type(r).__name__)
    except TypeError as e:
        print("TypeError:", e)
class I(int):
    pass
class S(str):
    pass
t(lambda: int.__new__(str))
t(lambda: int.__new__())
t(lambda: int.__new__(5))
t(lambda: list.__new__(dict))
t(lambda: int.__new__(I, 5))
t(lambda: float.__new__(float, "2.5"))
t(lambda: str.__new__(S, "ab"))
t(lambda: tuple.__new__(tuple, [1, 2]))
t(lambda: int.__new__(bool, 1))
class MyInt(int):
    def __new__(cls, v):
        return super().__new__(cls, v * 2)
t(lambda: MyInt(4))
