class Money:
    def __init__(self, cents):
        self.cents = cents

    def __format__(self, spec):
        print("format spec:", repr(spec))
        if spec == "":
            return f"${self.cents / 100:.2f}"
        if spec == "c":
            return f"{self.cents}c"
        return format(self.cents / 100, spec)

    def __str__(self):
        return "Money"


m = Money(1234)
print(f"{m}")
print(f"{m:c}")
print(f"{m:>10.1f}|")
print("{:c} and {}".format(m, m))
print(format(m, "c"), str(m), f"{m!s}")
w = 8
print(f"{m:{w}.3f}")


class Plain:
    pass


try:
    format(Plain(), "d")
except TypeError as e:
    print(type(e).__name__, e)
try:
    f"{Plain():>5}"
except TypeError as e:
    print(type(e).__name__, e)


class BadFormat:
    def __format__(self, spec):
        return 5


try:
    format(BadFormat())
except TypeError as e:
    print(type(e).__name__, e)
