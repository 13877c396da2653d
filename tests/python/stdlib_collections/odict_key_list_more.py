# An OrderedDict's key list against dict's own methods: running iterators, reversed,
# views, copies, subclasses, equality, a key with two nodes.
from collections import OrderedDict as OD
def show(label, f):
    try:
        r = f()
    except Exception as e:
        r = (type(e).__name__, str(e))
    print(label, r)

def steps(it, n=6):
    out = []
    for _ in range(n):
        try:
            out.append(next(it))
        except StopIteration:
            out.append('stop')
        except Exception as e:
            out.append((type(e).__name__, str(e)))
    return out

# running iterator: next key removed through dict, size back
od = OD(a=1, b=2, c=3)
it = iter(od)
print(next(it))
dict.pop(od, 'b'); dict.__setitem__(od, 'z', 9)
print(steps(it))
# values/items iterator
od = OD(a=1, b=2, c=3)
it = iter(od.items())
print(next(it))
dict.pop(od, 'b'); dict.__setitem__(od, 'b', 7)
print(steps(it))
show('l', lambda: (list(od), len(od)))
# re-added through dict: stale
od = OD(a=1, b=2, c=3)
dict.pop(od, 'b'); dict.__setitem__(od, 'b', 9)
show('list', lambda: list(od))
show('pop b', lambda: od.pop('b'))
show('pop b default', lambda: od.pop('b', 'dflt'))
show('del b', lambda: od.__delitem__('b'))
show('in', lambda: 'b' in od)
show('len', lambda: len(od))
show('list', lambda: list(od))
# setitem of key added through dict adds a node at the end
od = OD(a=1, b=2)
dict.__setitem__(od, 'c', 3)
od['c'] = 4
show('list', lambda: list(od))
od['a'] = 5
show('list', lambda: list(od))
# mutated and size errors
od = OD(a=1, b=2, c=3)
it = iter(od); next(it)
od['d'] = 4
print(steps(it, 3))
od = OD(a=1, b=2, c=3)
it = iter(od); next(it)
dict.__setitem__(od, 'd', 4)
print(steps(it, 3))
dict.pop(od, 'd')
print(steps(it, 3))
od = OD(a=1, b=2, c=3)
it = reversed(od); next(it)
od.move_to_end('a')
print(steps(it, 3))
od = OD(a=1, b=2, c=3)
it = iter(od.values()); next(it)
od.clear()
print(steps(it, 3))
# reversed, views, reprs
od = OD(a=1, b=2, c=3)
dict.__setitem__(od, 'x', 0)
show('rev', lambda: list(reversed(od)))
show('revitems', lambda: list(reversed(od.items())))
show('keys', lambda: repr(od.keys()))
show('values', lambda: repr(od.values()))
show('items', lambda: repr(od.items()))
show('popitem', lambda: od.popitem(last=False))
show('list', lambda: list(od))
show('dictlist', lambda: list(dict.keys(od)))
show('mte', lambda: od.move_to_end('x'))
show('mte', lambda: od.move_to_end('b', last=False))
show('list', lambda: list(od))
show('copy', lambda: od.copy())
class S(OD):
    pass
s = S(a=1, b=2)
dict.__setitem__(s, 'q', 5)
show('srepr', lambda: repr(s))
show('scopy', lambda: s.copy())
dict.pop(s, 'a')
show('srepr', lambda: repr(s))
show('scopy', lambda: s.copy())
show('eq', lambda: OD(a=1) == OD(a=1))
o1 = OD(a=1); dict.__setitem__(o1, 'b', 2)
o2 = OD(a=1, b=2)
show('eq', lambda: o1 == o2)
show('ne', lambda: o1 != o2)
show('eqd', lambda: o1 == dict(a=1, b=2))
# the duplicate node case
od3 = OD(a=1, b=2, c=3)
dict.__delitem__(od3, 'b')
od3['b'] = 5
show('list3', lambda: list(od3))
show('repr3', lambda: repr(od3))
show('items3', lambda: list(od3.items()))
show('pi', lambda: od3.popitem())
show('list3', lambda: list(od3))
show('repr3', lambda: repr(od3))
import copy, pickle
od = OD(a=1, b=2)
dict.__setitem__(od, 'c', 3)
show('cc', lambda: copy.copy(od))
show('dc', lambda: copy.deepcopy(od))
show('red', lambda: od.__reduce__()[:2])
show('pk', lambda: pickle.loads(pickle.dumps(od)))
od.update(c=9, d=1)
show('list', lambda: list(od))
show('sd', lambda: (od.setdefault('e', 5), list(od)))
dict.__setitem__(od, 'f', 6)
show('sd', lambda: (od.setdefault('f', 0), list(od)))
show('fk', lambda: OD.fromkeys('abc'))
show('or', lambda: od | {'g': 1})
