# The traceback module's text for groups: nesting, chains inside groups, the width
# and depth limits, groups without tracebacks.
import sys
import traceback

def leaf(i):
    try:
        raise ValueError(i)
    except ValueError as e:
        return e

def show(e):
    print("".join(traceback.format_exception(e)), end="")
    print("----")

show(ExceptionGroup("no traceback", [ValueError(1), TypeError(2)]))

try:
    raise ExceptionGroup("raised", [leaf(1), ExceptionGroup("inner", [leaf(2), KeyError("k")])])
except ExceptionGroup as e:
    show(e)

wide = ExceptionGroup("wide", [ValueError(i) for i in range(17)])
show(wide)
wider = ExceptionGroup("wider", [ValueError(i) for i in range(20)])
show(wider)
exactly = ExceptionGroup("exactly 15", [ValueError(i) for i in range(15)])
show(exactly)

deep = ValueError("bottom")
for i in range(13):
    deep = ExceptionGroup(f"level {i}", [deep])
show(deep)

# chains inside a group
try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise KeyError("during") from z
except KeyError as k:
    chained = k
try:
    raise RuntimeError("ctx")
except RuntimeError:
    try:
        raise ExceptionGroup("with chains", [chained, leaf(7)])
    except ExceptionGroup as e:
        show(e)

# notes on a group and on its members
g = ExceptionGroup("notes", [leaf(1), leaf(2)])
g.add_note("group note\nsecond line")
g.exceptions[1].add_note("member note")
show(g)

# a group as cause
try:
    try:
        raise ExceptionGroup("cause group", [leaf(3)])
    except ExceptionGroup as e:
        raise RuntimeError("outer") from e
except RuntimeError as r:
    show(r)

# the same exception twice in a group
v = leaf(5)
show(ExceptionGroup("twice", [v, v]))

print(traceback.format_exception_only(ExceptionGroup("only", [ValueError()])))
traceback.print_exception(ExceptionGroup("printed", [leaf(9)]), file=sys.stdout)
