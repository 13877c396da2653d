def sample(a, b=2, *args, c, d=4, **kwargs):
    x = a + b
    y = [x]
    return y


code = sample.__code__
print(sample.__name__, sample.__qualname__, code.co_name)
print(code.co_argcount, code.co_kwonlyargcount, code.co_posonlyargcount, code.co_nlocals)
print(code.co_varnames)
print(sample.__defaults__, sample.__kwdefaults__)
print(sample.__doc__, sample.__module__)


def outer():
    free = 1
    other = 2

    def inner():
        return free
    return inner


inn = outer()
print(outer.__code__.co_cellvars, outer.__code__.co_varnames, inn.__code__.co_freevars)
print(inn.__name__, inn.__qualname__, inn.__code__.co_name)
print((lambda: 0).__name__, (lambda: 0).__code__.co_varnames, (lambda q, r: 0).__code__.co_varnames)
print(type(sample).__name__, callable(sample), sample.__defaults__[0])


def documented():
    """Docstring here."""
    return 1


print(documented.__doc__)
sample.custom = "attr"
print(sample.custom)
