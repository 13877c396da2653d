import traceback
class A:
    def __init__(self):
        self.value = 1
        self.Name = 2
a = A()
def show(f):
    try:
        f()
    except (AttributeError, NameError) as e:
        print(traceback.format_exception_only(type(e), e)[-1].rstrip(), "|", e, "|", e.name)
show(lambda: a.vlaue)
show(lambda: a.name)
show(lambda: a.zzzzzzzz)
show(lambda: a.valu)
show(lambda: [].apend)
show(lambda: "".uper)
def g():
    counter = 1
    return countr
show(g)
show(lambda: pritn)
show(lambda: lenn)
import math
show(lambda: math.sqr)
show(lambda: A.__init_)
e = AttributeError("x")
print(e.name, e.obj)
try:
    a.vlaue
except AttributeError as e:
    print(e.obj is a)
def h():
    undefined_thing_here = 1
    del undefined_thing_here
    return undefined_thing_her
show(h)
def last():
    total = 0
    return totl + 1
last()
