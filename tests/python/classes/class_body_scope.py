x = "global"


class A:
    x = "class"
    y = x + "!"
    items = [1, 2, 3]
    doubled = [i * 2 for i in items]
    try:
        bad = [x for i in items]
    except NameError as e:
        bad = str(e)

    def method(self):
        return x

    def uses_class_attr(self):
        return self.x

    print("in body:", x, y)


print(A.y, A.doubled, A.bad)
print(A().method(), A().uses_class_attr())


def make():
    local = "enclosing"

    class B:
        seen = local
        local2 = local * 2

        def get(self):
            return local

    return B


B = make()
print(B.seen, B.local2, B().get())


class C:
    n = 3
    sq = [v * v for v in range(n)]
    try:
        scaled = [v * n for v in range(2)]
    except NameError as e:
        scaled = type(e).__name__ + ": " + str(e)


print(C.sq, C.scaled)


class D:
    if True:
        flag = "set in if"
    for k in range(3):
        pass
    del k


print(D.flag, hasattr(D, "k"))
