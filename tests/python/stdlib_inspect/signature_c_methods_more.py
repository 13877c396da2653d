# inspect.signature of the methods of the C classes metal's library writes in Python
# (deque, defaultdict, partial, operator's getters): their C methods' text signatures,
# or no signature, as CPython's.
import collections
import functools
import inspect
import operator

d = collections.deque()
objects = {"deque": collections.deque, "defaultdict": collections.defaultdict,
           "partial": functools.partial, "itemgetter": operator.itemgetter,
           "attrgetter": operator.attrgetter, "methodcaller": operator.methodcaller, "d": d}
LABELS = ["attrgetter.__call__", "attrgetter.__reduce__", "attrgetter.__repr__", "d.__init__",
          "d.append", "d.rotate", "defaultdict.__copy__", "defaultdict.__init__",
          "defaultdict.__missing__", "defaultdict.__or__", "defaultdict.__reduce__",
          "defaultdict.__repr__", "defaultdict.__ror__", "defaultdict.copy", "deque.__add__",
          "deque.__contains__", "deque.__copy__", "deque.__delitem__", "deque.__eq__",
          "deque.__ge__", "deque.__getitem__", "deque.__gt__", "deque.__iadd__",
          "deque.__imul__", "deque.__init__", "deque.__iter__", "deque.__le__", "deque.__len__",
          "deque.__lt__", "deque.__mul__", "deque.__ne__", "deque.__reduce__", "deque.__repr__",
          "deque.__reversed__", "deque.__rmul__", "deque.__setitem__", "deque.append",
          "deque.appendleft", "deque.clear", "deque.copy", "deque.count", "deque.extend",
          "deque.extendleft", "deque.index", "deque.insert", "deque.pop", "deque.popleft",
          "deque.remove", "deque.reverse", "deque.rotate", "itemgetter.__call__",
          "itemgetter.__reduce__", "itemgetter.__repr__", "methodcaller.__call__",
          "methodcaller.__reduce__", "methodcaller.__repr__", "partial.__call__",
          "partial.__new__", "partial.__reduce__", "partial.__repr__", "partial.__setstate__"]
for label in LABELS:
    owner, name = label.split(".", 1)
    m = getattr(objects[owner], name)
    try:
        print(label, inspect.signature(m))
    except Exception as e:
        print(label, type(e).__name__)
