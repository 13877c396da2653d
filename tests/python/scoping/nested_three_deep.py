g = "G"


def level1(a):
    b = a + "1"

    def level2(c):
        d = c + "2"

        def level3(e):
            return "|".join([g, a, b, c, d, e])
        return level3
    return level2


print(level1("A")("C")("E"))
f3 = level1("x")("y")
print(f3("z"), f3.__code__.co_freevars)
print(level1.__code__.co_cellvars, level1("q").__code__.co_cellvars, level1("q").__code__.co_freevars)
