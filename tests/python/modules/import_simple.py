import sys
sys.path.insert(0, sys.path[0] + "/_support")

import mod_simple
print(mod_simple.x, mod_simple.y, mod_simple.f(4), mod_simple.Thing().hello())
import mod_simple as ms
print(ms is mod_simple, ms.items)
from mod_simple import x, y as why, f
print(x, why, f(1))
from mod_simple import (
    items,
    Thing as T,
)
print(items is mod_simple.items, T.__name__, T.__module__, T.__qualname__)
print(type(mod_simple).__name__, mod_simple.__name__, mod_simple.__doc__)
print("mod_simple" in sys.modules, sys.modules["mod_simple"] is mod_simple)
