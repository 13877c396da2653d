e = ImportError("msg", name="n", path="p")
print(e, repr(e), e.args)
for attr in ("name", "path"):
    try:
        print(attr, getattr(e, attr))
    except AttributeError as ex:
        print("AttributeError", ex)
try:
    ImportError("m", bogus=1)
    print("no error")
except TypeError as te:
    print("TypeError", te)
