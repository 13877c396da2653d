def simple():
    yield 1
try:
    simple().throw(1)
except TypeError as e:
    print("TypeError", e)
try:
    simple().throw(ValueError("a"), ValueError("b"))
except (TypeError, ValueError) as e:
    print(type(e).__name__, e)
