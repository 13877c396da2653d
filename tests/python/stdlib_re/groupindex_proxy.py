# Pattern.groupindex is a read-only mappingproxy over the pattern's names.
import re
import types

p = re.compile(r"(?P<first>\w+) (?P<last>\w+)(?P<rest>.*)")
gi = p.groupindex
print(type(gi).__name__, type(gi) is types.MappingProxyType)
print(gi)
print(repr(gi))
print(len(gi), list(gi), list(gi.items()), gi["last"], gi.get("nope", -1))
print("first" in gi, "x" in gi)
print(dict(gi) == {"first": 1, "last": 2, "rest": 3})
print(gi == {"first": 1, "last": 2, "rest": 3})
for label, f in [
    ("setitem", lambda: gi.__setitem__("x", 1)),
    ("subscript store", lambda: exec("gi['first'] = 5", {"gi": gi})),
    ("del", lambda: exec("del gi['first']", {"gi": gi})),
    ("pop", lambda: gi.pop("first")),
    ("update", lambda: gi.update({})),
    ("clear", lambda: gi.clear()),
    ("missing", lambda: gi["missing"]),
]:
    try:
        f()
        print(label, "ok")
    except Exception as e:
        print(label, type(e).__name__, e)
print(p.groupindex)
print(re.compile("abc").groupindex, len(re.compile("(a)(b)").groupindex))
print(re.compile(rb"(?P<n>x)").groupindex)
c = gi.copy()
c["first"] = 9
print(type(c).__name__, p.groupindex["first"])
# Matches still use the names.
m = p.match("Ada Lovelace!")
print(m.groupdict(), m.group("last"), m.start("rest"), m.lastgroup)
print(p.sub(r"\g<last>, \g<first>", "Ada Lovelace"))
try:
    p.groupindex = {}
except AttributeError as e:
    print("assign", type(e).__name__)
