import sys
sys.path.insert(0, sys.path[0] + "/_support")

import a3errs
try:
    a3errs.fail()
except a3errs.ModError as e:
    print(repr(e), type(e).__module__, type(e).__qualname__)
class Outer:
    class Nested(Exception): pass
print(repr(Outer.Nested("x")), str(Outer.Nested()))
a3errs.fail()
