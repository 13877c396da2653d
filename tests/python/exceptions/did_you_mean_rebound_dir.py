import builtins
class A:
    value = 1
builtins.dir = lambda o: ["zzz"]
A().vlaue
