import sys
sys.path.insert(0, sys.path[0] + "/_support")


def local_import():
    import mod_mutable
    from mod_mutable import setting as s
    return mod_mutable.setting, s, "mod_mutable" in dir()


def global_import():
    global mod_mutable
    import mod_mutable


print(local_import(), "mod_mutable" in globals())
global_import()
print("mod_mutable" in globals(), mod_mutable.get_setting())


class Holder:
    import mod_mutable as mm
    alias = mm.setting


print(Holder.mm.__name__, Holder.alias)
for i in range(2):
    import mod_counter
    print("loop", i, mod_counter.loads)
