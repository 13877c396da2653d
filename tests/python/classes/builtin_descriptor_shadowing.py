# An instance dict entry named as a builtin type's getset or member descriptor: the
# descriptor (the object's own attribute) wins, as a data descriptor does; other
# names and non-data attributes (methods) come from the dict.
class I(int): pass
i = I(5)
i.__dict__['real'] = 9
i.__dict__['other'] = 1
print(i.real, i.other, i.imag, vars(i))
class E(Exception): pass
e = E("x")
e.__dict__['args'] = 'shadow'
e.reason = 'r'
print(e.args, e.reason, sorted(vars(e)))
class L(list): pass
l = L()
l.__dict__['append'] = 'mine'
print(l.append)
class F(float): pass
x = F(1.5)
x.__dict__['imag'] = 'mine'
print(x.imag, x.real)
class T(tuple): pass
t = T((1,))
t.__dict__['count'] = 3
print(t.count)
