print(max(3, 9, 4), min(3, 9, 4), max([1, 5]), min("zebra"), max("a", "b", key=lambda s: -ord(s)))
print(max([], default=0), min((), default="none"), max([[1, 2], [3]], key=len), min([-3, 2], key=abs))
print(max(1, 2.0), max(2.0, 2), max(True, 1), max(1, True), min(0, False), min(False, 0))
print(max(range(5)), min(iter([5, 3, 8])), max({1: "a", 9: "b"}), max("abc", "abd"))
for thunk in (lambda: max(), lambda: max([]), lambda: min(()), lambda: max(5), lambda: max(1, "2"),
              lambda: min([1, 2], bogus=1)):
    try:
        thunk()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
