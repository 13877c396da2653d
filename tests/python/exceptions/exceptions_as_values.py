def safe_div(a, b):
    try:
        return a / b, None
    except ZeroDivisionError as e:
        return None, e


print(safe_div(6, 3))
result, err = safe_div(1, 0)
print(result, repr(err), str(err))
exc_types = (ValueError, TypeError)
try:
    raise exc_types[1]("picked from tuple")
except exc_types as e:
    print(type(e).__name__, e)
handlers = {KeyError: "key", IndexError: "index"}
for exc in (KeyError, IndexError):
    try:
        raise exc()
    except tuple(handlers) as e:
        print(handlers[type(e)])
