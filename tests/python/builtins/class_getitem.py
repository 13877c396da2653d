# __class_getitem__ (PEP 585) of the builtin classes CPython gives one: classmethod
# descriptors in their dicts, making types.GenericAlias of the class (a subclass's own).
import itertools, types
for t in (list, dict, tuple, set, frozenset, enumerate, itertools.chain, types.MappingProxyType):
    c = vars(t)['__class_getitem__']
    print(t.__name__, type(c).__name__, repr(c)[:60], c.__doc__, repr(t.__class_getitem__).split(" at ")[0])
print(enumerate[int], type(enumerate[int]), itertools.chain[str], list[int, str], enumerate.__class_getitem__(int))
class E(enumerate): pass
class L(list): pass
print(E[int], E.__class_getitem__(int), L[str], dict[str, int], tuple[int, ...], type[int], list[int].__origin__, E[int].__origin__, type(list[int]).__module__)
for f in (lambda: list.__class_getitem__(), lambda: list.__class_getitem__(1, 2), lambda: vars(list)['__class_getitem__'](int), lambda: vars(list)['__class_getitem__'](1, int), lambda: vars(list)['__class_getitem__'](dict, int), lambda: list.__class_getitem__(x=1), lambda: zip[int], lambda: range[int]):
    try: print(f())
    except TypeError as e: print('TypeError', e)
print(isinstance([], list), list[int]([1, 2]), dict[str, int](a=1))
