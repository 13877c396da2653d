import sys
sys.path.insert(0, sys.path[0] + "/_support")

try:
    from mod_private import missing
except ImportError as e:
    print(type(e).__name__, "|", e, "|", e.name)
try:
    from mod_private import visible, also_missing
except ImportError as e:
    print(type(e).__name__, "|", e)
print("visible" in dir())
try:
    from sys import no_such_name
except ImportError as e:
    print(type(e).__name__, "|", e)
try:
    from pkg_lazy import nothing
except ImportError as e:
    print(type(e).__name__, "|", e)
