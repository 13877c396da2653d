# The traceback module over frame objects: walk_stack, extract_stack, print_stack,
# walk_tb, extract_tb, format_tb, StackSummary, FrameSummary.
import sys
import traceback


def show(lines):
    for line in lines:
        print(line, end="")


def a():
    return b()


def b():
    return c()


def c():
    stack = traceback.extract_stack()
    print("extract_stack:", [(fs.name, fs.lineno, fs.line) for fs in stack])
    print("limit=2:", [fs.name for fs in traceback.extract_stack(limit=2)])
    show(traceback.format_stack())
    traceback.print_stack(file=sys.stdout)
    traceback.print_stack(limit=1, file=sys.stdout)
    print("walk_stack from here:", [f.f_code.co_name for f, _ in traceback.walk_stack(sys._getframe())])
    print("walk_stack(None):", [f.f_code.co_name for f, _ in traceback.walk_stack(None)])
    print("f= given:", [fs.name for fs in traceback.extract_stack(sys._getframe().f_back)])
    return stack


stack = a()
fs = stack[-1]
print("FrameSummary:", repr(fs).replace(__file__, "FILE"), len(fs), list(fs)[1:], fs[2], fs.locals)
print("eq tuple:", fs == (fs.filename, fs.lineno, fs.name, fs.line))
print("StackSummary is a list:", isinstance(stack, list), type(stack).__name__)


def deep(n):
    if n == 0:
        raise RuntimeError("bottom")
    return deep(n - 1)


try:
    deep(6)
except RuntimeError as e:
    tb = e.__traceback__
    print("walk_tb:", [(f.f_code.co_name, ln) for f, ln in traceback.walk_tb(tb)])
    summary = traceback.extract_tb(tb)
    print("extract_tb:", [(x.name, x.line) for x in summary])
    show(traceback.format_tb(tb))
    traceback.print_tb(tb, file=sys.stdout)
    show(traceback.format_tb(tb, limit=2))
    show(traceback.format_tb(tb, limit=-1))
    caps = traceback.StackSummary.extract(traceback.walk_tb(tb.tb_next), capture_locals=True)
    print("captured locals:", [x.locals for x in caps])
    show(caps.format())


def op_error(d):
    return d["a"] + d["b"]


try:
    op_error({"a": 1, "b": None})
except TypeError as e:
    show(traceback.format_tb(e.__traceback__))

show(traceback.format_list([("f.py", 3, "func", "x = 1"), ("g.py", 9, "other", "")]))
traceback.print_list(traceback.StackSummary.from_list([("h.py", 1, "h", "return h")]), file=sys.stdout)


def gen_stack():
    yield [fs.name for fs in traceback.extract_stack()]


print("from a generator:", next(gen_stack()))

try:
    deep(2)
except RuntimeError as e:
    traceback.clear_frames(e.__traceback__)
    t = e.__traceback__
    print("cleared:", [tb_f.f_locals for tb_f, _ in traceback.walk_tb(t.tb_next)])
