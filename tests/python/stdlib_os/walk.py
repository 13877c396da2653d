import os

base = os.path.join(os.getcwd(), "_os_walk_scratch")
for d in ["a/b/c", "a/d", "e"]:
    os.makedirs(os.path.join(base, d))
for f in ["a/1.txt", "a/b/2.txt", "a/b/c/3.txt", "e/4.txt", "5.txt"]:
    with open(os.path.join(base, f), "w") as fh:
        fh.write(f)
os.symlink(os.path.join(base, "a"), os.path.join(base, "link"))


def show(it):
    out = []
    for dirpath, dirnames, filenames in it:
        out.append((os.path.relpath(dirpath, base), sorted(dirnames), sorted(filenames)))
    return out


try:
    print(sorted(show(os.walk(base))))
    top = show(os.walk(base))
    print(top[0])
    bottom = show(os.walk(base, topdown=False))
    print(bottom[-1], sorted(bottom) == sorted(top))
    # children before parents bottom-up, parents first top-down
    order = [p for p, _, _ in bottom]
    print(order.index("a/b/c") < order.index("a/b") < order.index("a"))
    order = [p for p, _, _ in top]
    print(order.index("a") < order.index("a/b") < order.index("a/b/c"))
    pruned = []
    for dirpath, dirnames, filenames in os.walk(base):
        dirnames[:] = [d for d in dirnames if d != "a"]
        pruned.append(os.path.relpath(dirpath, base))
    print(sorted(pruned))
    print(sorted(show(os.walk(base, followlinks=True)))[-4:], len(top))
    errors = []
    print(list(os.walk(os.path.join(base, "missing"), onerror=errors.append)),
          [(type(e).__name__, e.errno) for e in errors])
    print(list(os.walk(os.path.join(base, "5.txt"))))
finally:
    for dirpath, dirnames, filenames in os.walk(base, topdown=False):
        for f in filenames:
            os.unlink(os.path.join(dirpath, f))
        for d in dirnames:
            p = os.path.join(dirpath, d)
            if os.path.islink(p):
                os.unlink(p)
            else:
                os.rmdir(p)
    os.rmdir(base)
print(os.path.exists(base))
