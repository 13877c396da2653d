print(format(3.14159, ".3f"), format(42, "08b"), format("x", ">3"), format(1234567, ","), format(0.5, "%"))
print(repr(None), repr(True), repr(...), repr(NotImplemented), repr(int), repr(ValueError))
print(str(None), str(...), str(type), repr(object), repr(type(print)), repr(type(lambda: 0)))
print(repr(range(3)), repr(slice(1)), repr({}.keys()), repr(zip), repr(NotImplemented))
