class Guard:
    def __get__(self, inst, owner): return "guard-get"
    def __set__(self, inst, v): print("guard-set on", inst.__name__, v)
    def __delete__(self, inst): print("guard-del on", inst.__name__)
class MGuard(type):
    guarded = Guard()
class G(metaclass=MGuard): pass
print(G.guarded)
G.guarded = 5
print(G.guarded)
del G.guarded
