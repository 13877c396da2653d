# A missing class attribute of a type CPython writes in C is named by its tp_name.
import collections, functools, itertools, datetime
for c in (collections.deque, functools.partial, itertools.chain, datetime.date, int, type(iter([])), collections.OrderedDict):
    try: c.nope
    except AttributeError as e: print(e)
