# The set operations of dict_keys and dict_items: the view's own operator answers first
# when it is on the left (a right operand's __ror__ is not asked), and an operand that is
# not iterable is set()'s TypeError, not "unsupported operand".
class X:
    def __ror__(self, o):
        return "ror"

    def __or__(self, o):
        return "or"

    def __rsub__(self, o):
        return "rsub"

    def __rand__(self, o):
        return "rand"


class It:
    def __iter__(self):
        return iter(["a", "z"])

    def __ror__(self, o):
        return "It.ror"


k = {"a": 1, "b": 2}.keys()
i = {"a": 1}.items()
for f in (
    lambda: k | X(),
    lambda: X() | k,
    lambda: k - X(),
    lambda: X() - k,
    lambda: k & X(),
    lambda: i ^ 1,
    lambda: 1 - k,
    lambda: 1 | i,
    lambda: None & k,
    lambda: {}.values() | 1,
    lambda: {}.values() | {}.values(),
    lambda: sorted(k | It()),
    lambda: sorted(It() | k) if False else sorted(k ^ It()),
    lambda: sorted(k - It()),
    lambda: sorted(i | [("q", 0)]),
    lambda: sorted(["a", "c"] | k) if False else sorted(("a", "c") - k),
):
    try:
        print(f())
    except TypeError as e:
        print("TypeError:", e)
k2 = {"a": 1}.keys()
k2 |= {"x"}
print(type(k2).__name__, sorted(k2))
