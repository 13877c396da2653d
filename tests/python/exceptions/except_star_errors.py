# except* errors: bad match types at run time, and the compile-time errors.
def attempt(label, src):
    try:
        exec(compile(src, "<src>", "exec"), {})
    except SyntaxError as e:
        print(label, "SyntaxError:", e.msg, (e.lineno, e.offset, e.end_lineno, e.end_offset))
    except Exception as e:
        print(label, type(e).__name__, e)
    else:
        print(label, "ok")

attempt("EG", "try:\n    raise ValueError(1)\nexcept* ExceptionGroup:\n    pass\n")
attempt("BEG", "try:\n    raise ValueError(1)\nexcept* BaseExceptionGroup:\n    pass\n")
attempt("EG in tuple", "try:\n    raise ValueError(1)\nexcept* (ValueError, ExceptionGroup):\n    pass\n")
attempt("EG subclass", "class G(ExceptionGroup): pass\ntry:\n    raise ValueError(1)\nexcept* G:\n    pass\n")
attempt("not a class", "try:\n    raise ValueError(1)\nexcept* 1:\n    pass\n")
attempt("non-exc class", "try:\n    raise ValueError(1)\nexcept* int:\n    pass\n")
attempt("tuple with int", "try:\n    raise ValueError(1)\nexcept* (ValueError, 2):\n    pass\n")
attempt("EG no exception", "try:\n    pass\nexcept* ExceptionGroup:\n    pass\n")
attempt("second clause EG", "try:\n    raise ValueError(1)\nexcept* ValueError:\n    pass\nexcept* ExceptionGroup:\n    pass\n")
attempt("break", "for i in range(3):\n    try:\n        pass\n    except* ValueError:\n        break\n")
attempt("continue", "for i in range(3):\n    try:\n        pass\n    except* ValueError:\n        continue\n")
attempt("return", "def f():\n    try:\n        pass\n    except* ValueError:\n        return 1\n")
attempt("return name", "def f():\n    try:\n        pass\n    except* ValueError:\n        return x\n")
attempt("return bare", "def f():\n    try:\n        pass\n    except* ValueError:\n        return\n")
attempt("nested block", "for i in x:\n    try:\n        pass\n    except* ValueError:\n        if i:\n            while i:\n                pass\n            continue\n")
attempt("loop inside ok", "try:\n    pass\nexcept* ValueError:\n    for i in x:\n        break\n")
attempt("def inside ok", "try:\n    pass\nexcept* ValueError:\n    def f():\n        return 1\n")
attempt("break in body ok", "for i in range(2):\n    try:\n        break\n    except* ValueError:\n        pass\n")
attempt("return in finally ok", "def f():\n    try:\n        pass\n    except* ValueError:\n        pass\n    finally:\n        return 2\n")
attempt("mixed 1", "try:\n    pass\nexcept* ValueError:\n    pass\nexcept TypeError:\n    pass\n")
attempt("mixed 2", "try:\n    pass\nexcept ValueError:\n    pass\nexcept* TypeError:\n    pass\n")
attempt("bare star", "try:\n    pass\nexcept*:\n    pass\n")
