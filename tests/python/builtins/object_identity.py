a = [1]
b = a
c = [1]
print(id(a) == id(b), id(a) == id(c), a is b, a is not c)
print(None is None, ... is Ellipsis, NotImplemented is NotImplemented, True is not False)
x = 256
y = 256
print(type(id(a)).__name__, id(a) > 0)
s = "text"
t = s
print(s is t, id(s) == id(t))
