# set.issuperset(iterable) looks each item up in turn: False at the first missing item
# (the rest is not read), TypeError only for an unhashable item reached before that.
allowed = frozenset("abcdefghijklmnopqrstuvwxyz0123456789")
print(allowed.issuperset("abc123"), allowed.issuperset("abc-123"), allowed.issuperset(""))
print(set("héllo").issuperset("hé"), set("héllo").issuperset("hè"))
print({1, 2, 3}.issuperset([1, 2]), {1, 2, 3}.issuperset((4,)), {1, 2}.issuperset({1: "x"}))
print({1, 2}.issuperset([3, []]))
try:
    {1, 2}.issuperset([1, []])
except TypeError as e:
    print("TypeError:", e)

read = []
def gen():
    for i in (1, 5, 2, 3):
        read.append(i)
        yield i
print({1, 2, 3}.issuperset(gen()), read)

class S(str):
    def __iter__(self):
        return iter(["x"])
print(set("x").issuperset(S("abc")), set("abc").issuperset(S("abc")))

class FS(frozenset):
    pass
print({1, 2, 3}.issuperset(FS({1, 2})), frozenset({1}).issuperset(FS({1, 2})))
print({1.0, 2}.issuperset([1, 2.0, True]))
try:
    {1}.issuperset(5)
except TypeError as e:
    print("TypeError:", e)
try:
    {1}.issuperset()
except TypeError as e:
    print("TypeError:", e)


class OwnIter(set):
    def __iter__(self):
        print("OwnIter.__iter__ called")
        return iter([99])


print({1, 2, frozenset({1})}.issuperset(OwnIter([1])), {99}.issuperset(OwnIter([1])))
