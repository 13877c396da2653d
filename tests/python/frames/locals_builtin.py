# locals() in a function is its frame's f_locals dict, as in CPython 3.11: the same dict
# at every call, re-synced; exec's names stay in it.
def f():
    x = 1
    exec("y = x + 5")
    return locals()["y"], eval("y"), sorted(locals()), sorted(dir()), sorted(vars())
print(f())
def g():
    a = 1
    l1 = locals()
    b = 2
    return l1 is locals(), sorted(l1)
print(g())
