import types
m = types.MappingProxyType({'a': 1})
print(m == {'a': 1}, m != {'a': 1}, {'a': 1} == m, m == m, m == types.MappingProxyType({'a': 1}), m == 3)
print(m | {'b': 2}, {'b': 2} | m, m | m)
print(m.copy(), type(m.copy()).__name__, m.keys(), m.get('a'))
print(list(reversed(m)))
for f in [lambda: hash(m), lambda: m < {}, lambda: {} < m, lambda: m | 1, lambda: 1 | m]:
    try: print(f())
    except TypeError as e: print(e)
x = m
try:
    x |= {}
except TypeError as e: print(e)
