import sys

first = 1
second = [2]


def helper():
    local_a = 1
    local_b = 2
    return dir()


print([n for n in dir() if not n.startswith("__")])
print("__name__" in dir(), "__builtins__" in dir(), "__doc__" in dir())
print(helper())
print(__name__, __doc__)
print("append" in dir([]), "upper" in dir(""), "real" in dir(1), "__add__" in dir(1))
print([n for n in dir({}) if not n.startswith("_")])
print([n for n in dir([]) if not n.startswith("_")])
