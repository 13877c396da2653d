# Binding or deleting __debug__ is a SyntaxError of the compiler (so with no source text
# for a string compiled under a name that is no file), each at its own location.
srcs = ["__debug__ = 1", "__debug__ += 1", "del __debug__", "x.__debug__ = 1", "x.__debug__", "def f(__debug__): pass", "def f(*, __debug__): pass", "def f(*__debug__): pass", "def f(**__debug__): pass", "lambda __debug__: 1", "def __debug__(): pass", "class __debug__: pass", "import __debug__", "import a as __debug__", "from a import __debug__", "from a import b as __debug__", "for __debug__ in x: pass", "with x as __debug__: pass", "(__debug__ := 1)", "f(__debug__=1)", "global __debug__", "__debug__: int", "__debug__: int = 1", "x.__debug__: int = 1", "try: pass\nexcept E as __debug__: pass", "[__debug__ for __debug__ in x]", "a, __debug__ = 1, 2", "async def f(): pass\n__debug__ = 1", "match x:\n    case __debug__: pass", "print(__debug__)", "nonlocal __debug__", "del x.__debug__", "x[__debug__] = 1"]
for src in srcs:
    try:
        compile(src, "<s>", "exec")
        print(repr(src), "ok")
    except SyntaxError as e:
        print(repr(src), repr(e.msg), e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
