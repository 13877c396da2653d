class Meta(type):
    def __getattribute__(cls, name):
        if name == "magic":
            return "meta-ga"
        return super().__getattribute__(name)

class A(metaclass=Meta):
    x = 1
    def m(self):
        return "m"

print(A.magic, A.x, A().m(), A.__name__, A.m(A()))
try:
    A.missing
except AttributeError as e:
    print("AttributeError:", e)
print(getattr(A, "magic"), hasattr(A, "magic"), hasattr(A, "nope"))
class Meta2(type):
    def __getattribute__(cls, name):
        return type.__getattribute__(cls, name)
    def __getattr__(cls, name):
        return "fallback:" + name
class B(metaclass=Meta2):
    y = 2
print(B.y, B.zzz)
for i in range(3):
    print(A.magic, A.x, B.zzz)
