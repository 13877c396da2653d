class Quiet(dict):
    def keys(self):
        return ["overridden"]


q = Quiet(a=1, b=2)
print(q.keys(), list(q), len(q), q["a"])


class Backwards(list):
    def __iter__(self):
        i = len(self)
        while i:
            i -= 1
            yield self[i]


b = Backwards([1, 2, 3])
print(list(b), [x for x in b], b, b[0], sum(b), tuple(b))


class UpperStr(str):
    def __str__(self):
        return "upper:" + self.upper()


u = UpperStr("abc")
print(u, str(u), f"{u}", "%s" % u, repr(u), u + "d")


class LenList(list):
    def __len__(self):
        return 100


ll = LenList([1])
print(len(ll), bool(ll), ll)
