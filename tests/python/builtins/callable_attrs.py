def f():
    pass


print(callable(f), callable(len), callable(int), callable(1), callable("s"), callable(lambda: 0), callable(None))
print(getattr(1, "real"), getattr(3 + 4j, "imag"), getattr([], "nope", 5), getattr("abc", "upper")())
print(hasattr("", "upper"), hasattr(1, "nope"), hasattr([], "append"), hasattr(None, "__class__"))
try:
    getattr(1, "nope")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    setattr(1, "real", 5)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    setattr([], "x", 1)
except AttributeError as e:
    print(type(e).__name__, e)
setattr(f, "tag", "set on function")
print(f.tag, getattr(f, "tag"), hasattr(f, "tag"))
delattr(f, "tag")
print(hasattr(f, "tag"))
try:
    getattr(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
print(getattr([3, 1, 2], "index")(2), getattr({}, "get")("k", "default"))
