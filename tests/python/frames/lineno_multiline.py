# f_lineno of a caller waiting in a multi-line expression, a comprehension, with,
# except and finally; a suspended generator's cells.
import sys
def ln():
    return sys._getframe(1).f_lineno
def multi():
    x = (
        1,
        ln(),
        3,
    )
    y = [ln()
         for _ in range(1)]
    z = ln() if True else (
        0)
    w = {
        "a": ln(),
    }
    with open(__file__) as fh:
        v = ln()
    try:
        1/0
    except ZeroDivisionError:
        u = ln()
    finally:
        t = ln()
    return x[1], y, z, w, v, u, t
print(multi())
def gen_cells():
    a = 1
    def inner():
        return a
    yield sys._getframe()
    a = 2
    yield inner
g = gen_cells()
fr = next(g)
print(sorted(fr.f_locals))
next(g)
print(fr.f_locals["a"])
def chained_calls():
    return str(
        ln()
    )
print(chained_calls())
