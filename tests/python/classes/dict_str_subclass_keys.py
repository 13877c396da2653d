# Instance and class attributes stored under str-subclass keys: found by attribute
# lookup when the subclass compares as a str, not when it defines its own __eq__ (or
# __hash__); dict lookups by a plain str find such keys too.


class S(str):
    pass


class Eq(str):
    def __eq__(self, other):
        return False

    __hash__ = str.__hash__


class Hash(str):
    def __hash__(self):
        return 1


class Deep(S):
    pass


class A:
    pass


for key_cls in (S, Deep, Eq, Hash):
    o = A()
    o.__dict__[key_cls("q")] = key_cls.__name__
    print(key_cls.__name__, getattr(o, "q", "<missing>"), hasattr(o, "q"),
          o.__dict__.get("q", "<no get>"), "q" in o.__dict__)
    o.q = "set"
    print("  after o.q = ...", sorted((type(k).__name__, v) for k, v in o.__dict__.items()))
d = {S("k"): 1}
print(d.get("k"), "k" in d, d["k"])
setattr(A, S("cls_attr"), "on the class")
print(getattr(A(), "cls_attr", "<missing>"))
