import inspect, sys

# A comment about make.
# Second line.
def make():
    class Local:
        def method(self):
            return 1
    return Local

Local = make()
print(inspect.getsource(Local), end='')
print(inspect.getsource(Local.method), end='')
print(repr(inspect.getcomments(make)))
print(repr(inspect.getcomments(Local)))

class Twice:
    x = 1

def other():
    class Twice:
        y = 2
    return Twice
print(inspect.getsource(Twice), end='')
print(inspect.getsourcelines(other())[1])

class A:
    class B:
        class C:
            def deep(self):
                return 'deep'
print(inspect.getsource(A.B.C.deep), end='')
print(inspect.getsourcelines(A.B.C)[1])

def gen():
    yield sys._getframe()
g = gen()
frame = next(g)
print(inspect.getframeinfo(frame).function, inspect.getframeinfo(frame).code_context)
print(inspect.getsourcelines(frame)[1], inspect.getsourcelines(frame)[0][0], end='')
print(len(inspect.getsource(sys.modules[__name__]).splitlines()) > 30)
src, start = inspect.getsourcelines(sys.modules[__name__])
print(start, src[0], end='')
def deco(*a):
    return lambda f: f
@deco(1,
      2)
def spread(
    a,
    b,
):
    """Doc."""

    return a  # trailing
print(inspect.getsource(spread), end='')
x = [lambda y: y * 2, lambda z: z]
print(inspect.getsource(x[1]), end='')
