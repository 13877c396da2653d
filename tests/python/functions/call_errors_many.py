def three(a, b, c):
    pass


def opt(a, b=2, c=3):
    pass


def kwonly(*, x, y, z):
    pass


for call in (lambda: three(), lambda: three(1), lambda: three(1, 2, 3, 4, 5), lambda: opt(),
             lambda: opt(1, 2, 3, 4), lambda: kwonly(), lambda: kwonly(x=1), lambda: kwonly(1),
             lambda: kwonly(x=1, y=2, z=3, w=4), lambda: three(1, 2, c=3, b=4)):
    try:
        call()
    except TypeError as e:
        print(e)
