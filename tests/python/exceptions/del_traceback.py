import sys, traceback
class A: pass
def show(fn):
    try:
        fn()
    except Exception:
        traceback.print_exc(file=sys.stdout)

def del_key():
    a = {}
    del a['x']
def del_index():
    b = [1]
    del b[5]
def del_attr():
    a = A()
    del a.y
def del_nested():
    b = {'q': {}}
    del b['q']['zz'], b
def del_multiline():
    b = {'q': {}}
    del (b['q']
          ['zz'])
def del_local():
    del q
    q = 1
def del_global():
    global nog
    del nog
def del_slice():
    t = (1, 2)
    del t[0:1]
def del_module_attr():
    del traceback.nope
for fn in [del_key, del_index, del_attr, del_nested, del_multiline, del_local, del_global, del_slice, del_module_attr]:
    show(fn)

class C: pass
for o in [C(), 1, None, len, 1.5, {1}, frozenset(), (1,), 'ab', b'ab', range(3), {}.keys(), type.__dict__]:
    for k in [0, 'a', slice(1), True]:
        try:
            del o[k]
        except Exception as e:
            print(type(o).__name__, repr(k), type(e).__name__, e)
del zz
