def gen(name):
    try:
        yield 1
        yield 2
    finally:
        print("finally of", name)


g = gen("a")
next(g)
del g
print("after del started generator")
g = gen("b")
del g
print("after del unstarted generator (no finally)")
for x in gen("c"):
    break
print("after break from for loop")


def consume():
    g = gen("d")
    return next(g)


print(consume())
print("end")
