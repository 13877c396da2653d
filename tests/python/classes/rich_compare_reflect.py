class L:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name

    def __lt__(self, o):
        print(f"{self}.__lt__({o})")
        return NotImplemented

    def __gt__(self, o):
        print(f"{self}.__gt__({o})")
        return "gt-result"

    def __eq__(self, o):
        print(f"{self}.__eq__({o})")
        return NotImplemented


a, b = L("a"), L("b")
print(a < b)
print(a > b)
print(a == b)
print(a == a)
print(a != b)
print(5 < a)
print(a == 5)


class Sub(L):
    def __gt__(self, o):
        print(f"Sub {self}.__gt__({o})")
        return "sub-gt"


s = Sub("s")
print(a < s)
print(s > a)
