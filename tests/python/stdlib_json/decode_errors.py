import json
cases = ['', ' ', '[', '[1', '[1,', '[1,]', '[,1]', '{', '{"a"', '{"a":', '{"a":1', '{"a":1,', '{"a":1,}', '{1:2}', "{'a':1}", '"abc', '"a\\x"', '"a\\u12"', '"a\\u12zz"', '"\x01"', '[1] x', 'tru', 'nul', 'NaN', '-Infinity', '-', '01', '1.', '1e', '1.5e+', '-x', '"\\ud83d\\ude00"', '[1 2]', '{"a" 1}', '{"a":1 "b":2}', '\ufeff[]', '[\n1,\n]', '  \n  x', '{"a":}', '[1,,2]', '"abc\\', '{"":1}', '1 2', '[-]', '[.5]', '[1.5.2]', '"\t"', ' [1, 2, {"a": [true, false, null]}] ']
for c in cases:
    try:
        print(repr(c), repr(json.loads(c)))
    except json.JSONDecodeError as e:
        print(repr(c), "ERR", e, "|", e.msg, e.pos, e.lineno, e.colno)
print(json.loads('"\\ud83d\\ude00"') == "\U0001F600")
