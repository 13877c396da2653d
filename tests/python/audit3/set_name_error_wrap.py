class BadSN:
    def __set_name__(self, owner, name):
        raise ValueError("boom")
try:
    class H2:
        q = BadSN()
except Exception as e:
    print(type(e).__name__, e, repr(e.__cause__))
