try:
    try:
        1 / 0
    except ZeroDivisionError:
        [][1]
except IndexError as e:
    print(type(e).__name__, e)
    print("context:", type(e.__context__).__name__, e.__context__)
    print("cause:", e.__cause__, e.__suppress_context__)
try:
    try:
        raise ValueError("first")
    except ValueError as first:
        try:
            raise TypeError("second")
        except TypeError as second:
            print(second.__context__ is first)
            raise KeyError("third")
except KeyError as third:
    print(repr(third), repr(third.__context__), repr(third.__context__.__context__))
