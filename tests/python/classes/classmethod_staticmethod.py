class Temp:
    scale = "C"

    def __init__(self, deg):
        self.deg = deg

    @classmethod
    def from_f(cls, f):
        return cls(round((f - 32) * 5 / 9, 1))

    @classmethod
    def describe(cls):
        return cls.__name__ + " in " + cls.scale

    @staticmethod
    def valid(deg):
        return deg > -273.15


class Kelvin(Temp):
    scale = "K"


t = Temp.from_f(212)
print(type(t).__name__, t.deg)
k = Kelvin.from_f(32)
print(type(k).__name__, k.deg)
print(Temp.describe(), Kelvin.describe(), k.describe())
print(Temp.valid(-300), t.valid(0), Kelvin.valid(5))
print(type(Temp.__dict__["from_f"]).__name__, type(Temp.__dict__["valid"]).__name__)
print(Temp.from_f.__self__ is Temp, Kelvin.from_f.__self__ is Kelvin, k.from_f.__self__ is Kelvin)
print(Temp.valid is Temp.__dict__["valid"].__func__)
sm = staticmethod(len)
cm = classmethod(lambda cls: cls.__name__)
Temp.length = sm
Temp.nm = cm
print(Temp.length("abc"), t.nm(), Kelvin.nm())
