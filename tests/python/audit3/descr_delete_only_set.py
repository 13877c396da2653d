class DelOnly:
    def __delete__(self, inst): print("delonly")
class A:
    do = DelOnly()
a = A()
try:
    a.do = 1
except AttributeError as e:
    print("AttributeError", e)
print(a.__dict__)
