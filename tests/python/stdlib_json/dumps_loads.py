import json
print(json.dumps([1.0, 1e16, 1e-7, 0.1, float('nan'), float('inf'), -float('inf'), 10**20, True, None, 'é\x7f\u2028😀"\\\n\t\x00', {'b': 1, 'a': [], 'c': {}}]))
print(json.dumps({'b': 1, 'a': [1, {'x': []}], 'c': {}}, indent=2, sort_keys=True))
print(json.dumps({'a': [1,2]}, indent='\t'), json.dumps([1,[2]], indent=0), json.dumps({'a':1,'b':2}, separators=(',', ':')))
print(json.dumps('é😀\x7f', ensure_ascii=False), json.dumps({1: 2, 2.5: 3, True: 4, None: 5}))
try: json.dumps({(1,2): 3})
except TypeError as e: print(e)
print(json.dumps({(1,2): 3, 'a': 1}, skipkeys=True))
try: json.dumps(float('nan'), allow_nan=False)
except ValueError as e: print(e)
try: json.dumps(object())
except TypeError as e: print(e)
l = []; l.append(l)
try: json.dumps(l)
except ValueError as e: print(e)
print(json.dumps(set([1]), default=list), json.dumps((1,2)), json.dumps('x'), json.dumps(None), json.dumps(5))
class E(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, complex): return [o.real, o.imag]
        return super().default(o)
print(json.dumps(1+2j, cls=E), E(indent=1).encode({'a': 1j}), E().item_separator, E().key_separator)
print(json.loads('[1, 2.5, -3e2, "x\\u00e9", {"a": null}]', parse_float=str, parse_int=lambda s: int(s)*10))
print(json.loads('{"a": {"b": 1}}', object_hook=lambda d: sorted(d.items())), json.loads('{"a":1,"a":2, "b": 3}', object_pairs_hook=list))
print(json.loads(b'[1]'), json.loads(bytearray(b'\xef\xbb\xbf{}')), json.loads('NaN', parse_constant=lambda c: c))
try: json.loads(5)
except TypeError as e: print(e)
print(json.JSONDecoder().raw_decode('[1] xyz'), json.loads('"\\/\\b\\f\\n\\r\\t\\\\\\""'))
class I(int):
    def __repr__(self): return 'I!'
class F(float):
    def __repr__(self): return 'F!'
print(json.dumps([I(3), F(1.5)]), json.dumps({I(3): 1, F(2.5): 2}))
