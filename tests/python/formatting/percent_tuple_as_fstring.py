# CPython 3.11's optimizer compiles `'...' % (a, b)` (a str constant, a tuple display, only
# %s/%r/%a units matching the items in number) as an f-string: each item is formatted
# before the next one is evaluated.

log = []


class Noisy:
    def __init__(self, name):
        self.name = name

    def __str__(self):
        log.append("str " + self.name)
        return "S" + self.name

    def __repr__(self):
        log.append("repr " + self.name)
        return "R" + self.name


def item(name):
    log.append("eval " + name)
    return Noisy(name)


def show(value):
    print(repr(value), log)
    log.clear()


# Side-effect order: str/repr/ascii of each item right after its evaluation.
show("%s %r %a" % (item("a"), item("b"), item("c")))
show("%s|%s" % (item("a"), item("b")))

# A later item changing an earlier one's state: the earlier was already formatted.
state = ["before"]


class Shows:
    def __str__(self):
        return state[0]


def change():
    state[0] = "after"
    return "x"


print("%s %s" % (Shows(), change()))
state[0] = "before"
print("%s %s" % (Shows(), change(), )[0:20])

# Units with something CPython does not rewrite: every item evaluated first.
state[0] = "before"
print("%s %d" % (Shows(), len(change())))
state[0] = "before"
print("%(x)s %s" % (Shows(), change()) if False else "skip")
state[0] = "before"
print("%100s|" % (Shows(),) == " " * 94 + "before|")
state[0] = "before"
print(repr("%.100s %s" % (Shows(), change())))
state[0] = "before"
print(repr("%s %.99s" % (Shows(), change())))

# Flags, width and precision the rewrite keeps.
class V:
    def __str__(self):
        return "value"

    def __repr__(self):
        return "<V>"


v = V()
for s in [
    "%-8s|" % (v,), "%8s|" % (v,), "%8r|" % (v,), "%.2s|" % (v,), "%5.s|" % (v,),
    "%05s|" % (v,), "%+s|" % (v,), "%#s|" % (v,), "% s|" % (v,), "%-08.3s|" % (v,),
    "%99s|" % (v,), "%.99s|" % (v,), "%1.1a|" % ("é",), "%a" % ("é",), "%r" % ("é",),
]:
    print(repr(s))

# %% around and between units.
print("%%%s%%%%%r%%" % (v, v))
print("100%% %s" % (v,))

# Wrong counts: the ordinary % errors, and all items evaluated first.
for f in [
    lambda: "%s %s" % (item("a"),),
    lambda: "%s" % (item("a"), item("b")),
    lambda: "%s %" % (item("a"),),
    lambda: "%s %y" % (item("a"), item("b")),
]:
    try:
        f()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e, log)
    log.clear()

# Right operands that are not a tuple display.
t = (item("a"), item("b"))
log.clear()
show("%s %s" % t)
show("%s" % item("a"))
show("%s" % [item("a")])
show("%s %s" % (*[item("a")], item("b")))
show("%s" % ((item("a"), item("b")),))

# Errors from __str__ / __repr__: raised at the item, later items not evaluated.
class Bad:
    def __str__(self):
        return 42

    def __repr__(self):
        raise KeyError("repr")


for f in [
    lambda: "%s %s" % (Bad(), item("later")),
    lambda: "%r %s" % (Bad(), item("later")),
    lambda: "%a" % (Bad(),),
    lambda: "%d %s" % (Bad(), item("later")),
]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e, log)
    log.clear()

# A str subclass returned by __str__: the f-string formats it with its __format__.
class Fancy(str):
    def __format__(self, spec):
        return "fancy(" + spec + ")"


class GivesFancy:
    def __str__(self):
        return Fancy("plain")


print("%s" % (GivesFancy(),), "%5s" % (GivesFancy(),), "%s" % GivesFancy())
print("%s" % (Fancy("x"),), "%r" % (Fancy("y"),))

# Folded constant formats and nested ones.
a, b = "A", "B"
print(("%s" + "-%s") % (a, b), ("%s" * 2) % (a, b), ("%s" "|%r") % (a, b))
print("%s(%s)" % ("%s" % (a,), "[%r]" % (b,)))
print("%s" % ("%s" % (item("inner"),),), log)
log.clear()

# A str subclass as the left operand is no constant: its __mod__ runs.
class Fmt(str):
    def __mod__(self, other):
        return "Fmt.__mod__" + repr(other)


print(Fmt("%s") % (1, 2))

# Many items.
items = [item(str(i)) for i in range(40)]
log.clear()
fmt_line = "%s," * 40
print(eval('"' + fmt_line + '" % (' + ", ".join("items[%d]" % i for i in range(40)) + ",)"))
print(len(log), log[:2])
log.clear()

# Bytes formats are never rewritten.
class B:
    def __bytes__(self):
        log.append("bytes")
        return b"b"


def change_b():
    log.append("change")
    return b"c"


print(b"%s %s" % (B(), change_b()), log)
