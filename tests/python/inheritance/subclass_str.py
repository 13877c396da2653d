class Shout(str):
    def __new__(cls, text):
        return super().__new__(cls, text.upper())

    def exclaim(self):
        return self + "!"


s = Shout("hello")
print(s, repr(s), s.exclaim(), type(s.exclaim()).__name__, len(s), s.lower())
print(s == "HELLO", "ELL" in s, s[1:3], type(s[1:3]).__name__, s.split("L"))
print(isinstance(s, str), {"HELLO": 1}[s], f"{s:*^9}", str(s) is s, type(str(s)).__name__)


class Path(str):
    def __truediv__(self, other):
        return Path(self + "/" + other)

    def __repr__(self):
        return f"Path({str.__repr__(self)})"


p = Path("usr") / "lib" / "python"
print(p, repr(p), p.count("/"), p.startswith("usr"))


class Tup(tuple):
    def __new__(cls, *items):
        return super().__new__(cls, items)

    def total(self):
        return sum(self)


t = Tup(1, 2, 3)
print(t, t.total(), len(t), type(t).__name__, t + (4,), type(t + (4,)).__name__)
