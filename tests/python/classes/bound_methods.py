class A:
    def __init__(self, v):
        self.v = v

    def get(self):
        return self.v

    def add(self, n):
        return self.v + n


a = A(10)
m = a.get
print(m(), m.__self__ is a, m.__func__ is A.get, m.__name__, m.__qualname__)
print(a.get == a.get, a.get is a.get, a.get == A(10).get)
b = A(20)
print(a.get != b.get, A.get(b), A.add(a, 5))
f = a.add
a.v = 1
print(f(2))
methods = [x.get for x in (a, b)]
print([meth() for meth in methods])
print(callable(m), type(m).__name__, type(A.get).__name__)
print(hash(a.get) == hash(a.get))
try:
    A.get()
except TypeError as e:
    print(type(e).__name__, e)
try:
    a.get(1)
except TypeError as e:
    print(type(e).__name__, e)
