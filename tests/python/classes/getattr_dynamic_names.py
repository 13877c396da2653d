# getattr() with names built at run time: a name freed and another made at the same
# address must not find the first one's cached lookup.
class P:
    needs = 1

p = P()
bad = 0
for i in range(20000):
    s1 = "".join(["mis", "sin", str(i % 7)])
    if hasattr(p, s1):
        bad += 1
    del s1
    s2 = "".join(["nee", "ds"])
    if not hasattr(p, s2) or getattr(p, s2) != 1:
        bad += 1
print("wrong lookups:", bad)
