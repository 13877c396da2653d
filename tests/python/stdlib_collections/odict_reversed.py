# reversed() of an OrderedDict: CPython's C OrderedDict has an iterator class of its own.
import collections


class Sub(collections.OrderedDict):
    pass


for od in [collections.OrderedDict(a=1, b=2, c=3), Sub(x=1, y=2)]:
    it = reversed(od)
    print(type(it).__name__, type(it).__qualname__, type(it).__module__, list(it))
    print(list(reversed(od)) == list(od)[::-1], iter(it) is it)
od = collections.OrderedDict(a=1)
print(list(reversed(collections.OrderedDict())), od.popitem(), od)
