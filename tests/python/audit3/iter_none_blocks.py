class B1:
    __iter__ = None
class B2:
    __iter__ = None
    def __getitem__(self, i): return i
for cls in (B1, B2):
    for f in (iter, list, lambda x: [a for a in x]):
        try: f(cls())
        except TypeError as e: print(cls.__name__, "TypeError", e)
