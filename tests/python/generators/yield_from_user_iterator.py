class It:
    def __init__(self):
        self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        if self.n > 2:
            raise StopIteration("v%d" % self.n)
        return self.n
def g():
    r = yield from It()
    print("r =", r)
print(list(g()))
class NoNext:
    def __iter__(self): return self
def h():
    yield from NoNext()
try:
    list(h())
except TypeError as e:
    print("TypeError:", e)
class Bare:
    def __iter__(self): return self
    def __next__(self): raise StopIteration
def k():
    r = yield from Bare()
    print("bare r =", r)
print(list(k()))
