try:
    1 / 0
except ZeroDivisionError:
    print("caught ZeroDivisionError")
try:
    [][0]
except (KeyError, IndexError) as e:
    print("caught", type(e).__name__, e)
try:
    {}["k"]
except IndexError:
    print("wrong")
except KeyError as e:
    print("second clause", repr(e))
try:
    int("x")
except Exception as e:
    print("generic", type(e).__name__, e)
try:
    undefined_thing
except NameError as e:
    print(type(e).__name__, e)
try:
    None.attr
except AttributeError as e:
    print(type(e).__name__, e)
try:
    raise ValueError
except ValueError as e:
    print("bare class raise:", repr(e), e.args)
