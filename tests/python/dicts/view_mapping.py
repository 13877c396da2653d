import collections
d = {'a': 1, 'b': 2}
for v in (d.keys(), d.values(), d.items()):
    m = v.mapping
    print(type(v).__name__, type(m).__name__, m, m['a'], len(m))
d['c'] = 3
print(d.keys().mapping, d.items().mapping == d)
k = d.keys()
d['z'] = 0
print(k.mapping)
try:
    k.mapping['q'] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    k.mapping = {}
except AttributeError as e:
    print(type(e).__name__, e)
print(type({}.keys()).__dict__['mapping'].__doc__)
print(type(type({}.values()).__dict__['mapping']).__name__)
print({}.items().mapping)
# The proxy follows the dict, and keeps it alive.
def make():
    return {"k": "v"}.values()
v = make()
print(v.mapping, list(v))
m = v.mapping
print(m.get("k"), "k" in m, list(m.items()), m.copy())
print({}.keys().mapping == {}, d.keys().mapping == {}.keys().mapping)
