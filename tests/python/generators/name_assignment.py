def named():
    yield 1
n = named()
print(n.__name__, n.__qualname__)
n.__name__ = "renamed"
n.__qualname__ = "q.renamed"
print(n.__name__, n.__qualname__, repr(n).split(" at ")[0])
try:
    n.__name__ = 5
except TypeError as e:
    print("TypeError:", e)
print(next(n))
