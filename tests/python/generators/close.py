def gen():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("GeneratorExit seen")
        raise
    finally:
        print("cleanup")


g = gen()
print(next(g))
print(g.close())
print(next(g, "closed"))
g.close()
g2 = gen()
g2.close()
print("closing unstarted runs nothing")


def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield "refuse"


s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print(type(e).__name__, e)


def swallow():
    try:
        yield 1
    except GeneratorExit:
        return "ignored value"


w = swallow()
next(w)
print(w.close())


def raise_other():
    try:
        yield 1
    except GeneratorExit:
        raise ValueError("from close")


r = raise_other()
next(r)
try:
    r.close()
except ValueError as e:
    print(type(e).__name__, e)
