import sys
sys.path.insert(0, sys.path[0] + "/_support")

print("first import")
import mod_counter
print("second import")
import mod_counter
import mod_counter as again
from mod_counter import bump


def load_inside():
    import mod_counter
    return mod_counter


print(mod_counter.loads, again is mod_counter, load_inside() is mod_counter)
print(bump(), bump(), mod_counter.state)
del sys.modules["mod_counter"]
import mod_counter as fresh
print(fresh is again, fresh.state, again.state)
