def simple():
    yield 1
simple().throw(ValueError, 1)
