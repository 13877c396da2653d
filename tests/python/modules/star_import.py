import sys
sys.path.insert(0, sys.path[0] + "/_support")

from mod_all import *
print(public, _exported_private)
try:
    not_listed
except NameError as e:
    print(type(e).__name__, e)
from mod_private import *
print(visible, func())
for name in ("_hidden", "_mod_private__dunder", "__dunder"):
    print(name, name in globals())
import mod_all
print(mod_all.__all__, mod_all.not_listed)
