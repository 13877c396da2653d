# Class attributes read through instances are cached per instruction: an instance that
# shadows one, a reassigned or deleted class attribute, and a subclass must be seen.
class Base:
    label = "base"
    sizes = (1, 2)


class Sub(Base):
    pass


def read(o):
    return o.label


objs = [Base(), Base(), Sub()]
out = []
for i in range(6):
    for o in objs:
        out.append(read(o))
    if i == 1:
        objs[1].label = "own"
    if i == 2:
        Base.label = "changed"
    if i == 3:
        Sub.label = "sub"
    if i == 4:
        del objs[1].label
        del Sub.label
print(out)
del Base.label
try:
    read(objs[0])
except AttributeError as e:
    print("AttributeError:", e)
print([o.sizes for o in objs])
Base.sizes = property(lambda self: "now a property")
print([o.sizes for o in objs])
