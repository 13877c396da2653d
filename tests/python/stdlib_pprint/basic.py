# pprint.pformat/pprint of builtin containers: sorted dicts, wrapping at the width.
from pprint import pformat, pprint
print(pformat({"b": 1, "a": 2}))
print(pformat(list(range(30))))
print(pformat({"key%d" % i: list(range(i, i + 8)) for i in range(6)}))
print(pformat((1,)), pformat(()), pformat([]), pformat({}))
d = {"z": {"nested": ["a" * 30, "b" * 30, "c" * 30]}, "a": (1, 2, 3)}
pprint(d)
pprint(d, width=40)
l = [1]; l.append(l)
print(pformat(l).startswith("[1, <Recursion on list with id="))
print(pformat({1: "x", "a": 2}) if False else "")
print(pformat(["x" * 100]))
