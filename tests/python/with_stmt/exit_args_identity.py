import sys


class Capture:
    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        self.args = (exc_type, exc, tb)
        print("inside __exit__ exc_info matches:", sys.exc_info()[1] is exc)
        return True


err = ValueError("original")
with Capture() as c:
    raise err
exc_type, exc, tb = c.args
print(exc_type is ValueError, exc is err, tb is err.__traceback__, exc.args)
print("after suppression exc_info:", sys.exc_info())
try:
    raise KeyError("outer")
except KeyError:
    with Capture() as c2:
        raise IndexError("inner")
    print("context kept:", repr(c2.args[1].__context__))
    print("still handling:", repr(sys.exc_info()[1]))
