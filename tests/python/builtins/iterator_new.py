# __new__ of the iterator classes that have one in CPython (zip, map, filter, enumerate,
# reversed and itertools' classes): builtin functions bound to their class, checking the class
# they are given, making an instance of a subclass without running its __init__.
import itertools
for n in ('zip', 'map', 'filter', 'enumerate', 'reversed'):
    t = eval(n)
    f = vars(t)['__new__']
    print(n, type(f).__name__, f.__qualname__, repr(f.__doc__)[:50], f.__text_signature__, f.__self__ is t)
for t in (itertools.chain, itertools.count, itertools.repeat, itertools.islice, itertools.product):
    f = vars(t)['__new__']
    print(t.__name__, type(f).__name__, f.__qualname__, f.__self__ is t)
class Z(zip):
    def __init__(self, *a):
        print('init', a)
z = zip.__new__(Z, 'ab', 'cd'); print(type(z).__name__, list(z))
z = Z('ab', 'cd'); print(type(z).__name__, list(z))
for f in (lambda: zip.__new__(int), lambda: zip.__new__(1), lambda: zip.__new__(), lambda: map.__new__(map), lambda: zip.__new__(map), lambda: enumerate.__new__(enumerate, 'ab', 3), lambda: type(reversed.__new__(reversed, [1,2])).__name__, lambda: filter.__new__(filter, None, [0, 1]), lambda: zip.__new__(zip, [1], [2], strict=True), lambda: itertools.chain.__new__(itertools.chain, 'ab', 'c'), lambda: itertools.count.__new__(itertools.count, 5), lambda: object.__new__(zip)):
    try: r = f(); print(r if not hasattr(r, '__next__') else (type(r).__name__, list(itertools.islice(r, 4))))
    except TypeError as e: print('TypeError', e)
