class V:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return f"V({self.n})"

    def __eq__(self, o):
        print("eq", self, o)
        return self.n == o.n

    def __ne__(self, o):
        print("ne", self, o)
        return self.n != o.n

    def __lt__(self, o):
        print("lt", self, o)
        return self.n < o.n

    def __le__(self, o):
        print("le", self, o)
        return self.n <= o.n

    def __gt__(self, o):
        print("gt", self, o)
        return self.n > o.n

    def __ge__(self, o):
        print("ge", self, o)
        return self.n >= o.n


a, b = V(1), V(2)
print(a == b, a != b, a < b, a <= b, a > b, a >= b)
print(sorted([V(3), V(1), V(2)]))
print(max(V(1), V(5)), min([V(4), V(2)]))
print(a < b < V(0))


class OnlyEq:
    def __init__(self, n):
        self.n = n

    def __eq__(self, o):
        return "custom"


print(OnlyEq(1) == OnlyEq(2), OnlyEq(1) != OnlyEq(2), OnlyEq(1) != 5)
