# pickle and copy of an ExceptionGroup (a class CPython makes as a class statement would,
# so its module name is not shared with the builtins' in the memo).
import pickle, copy
eg = ExceptionGroup("msg", [ValueError(1), TypeError("t")])
for p in (0, 2, 4):
    d = pickle.dumps(eg, p)
    print(d)
    w = pickle.loads(d)
    print(repr(w), w.exceptions)
print(eg.__reduce__())
print(repr(copy.copy(eg)), repr(copy.deepcopy(eg)))
