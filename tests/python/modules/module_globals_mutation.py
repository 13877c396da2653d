import sys
sys.path.insert(0, sys.path[0] + "/_support")

import mod_mutable
from mod_mutable import setting, registry, get_setting
mod_mutable.setting = "changed"
print(setting, mod_mutable.setting, get_setting())
setting = "local rebinding"
print(mod_mutable.setting, get_setting())
registry.append("shared")
print(mod_mutable.registry)
mod_mutable.registry = ["replaced"]
print(registry, mod_mutable.registry)
from mod_mutable import setting as fresh
print(fresh)
