for e in (ValueError("it's"), KeyError("it's"), KeyError(1), KeyError((1, 2)), KeyError(""), IndexError(),
          RuntimeError("multi\nline"), Exception("a", "b"), Exception(("tuple",)), Exception([1]), BaseException(1.5)):
    print(repr(str(e)), "|", repr(e))
print(str(KeyError("k")), str(ValueError("k")))
