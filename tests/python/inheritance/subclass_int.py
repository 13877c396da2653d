class MyInt(int):
    def __repr__(self):
        return f"MyInt({int(self)})"

    def double(self):
        return MyInt(self * 2)


class Even(int):
    def __new__(cls, value):
        if value % 2:
            raise ValueError(f"{value} is odd")
        return super().__new__(cls, value)


m = MyInt(21)
print(m, m + 1, type(m + 1).__name__, m.double(), type(m.double()).__name__)
print(m == 21, hash(m) == hash(21), isinstance(m, int), int(m), str(m), f"{m:>5}")
print([10, 20, 30][MyInt(1)], MyInt("ff", 16), MyInt(), -m, abs(MyInt(-3)))
print(Even(4), type(Even(4)).__name__)
try:
    Even(3)
except ValueError as e:
    print(type(e).__name__, e)
m.label = "answer"
print(m.label, vars(m))


class Flag(int):
    pass


print(Flag(True), type(Flag(True)).__name__, Flag(5) // 2, type(Flag(5) // 2).__name__)
