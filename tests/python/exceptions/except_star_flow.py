# except* with else/finally, exc_info inside handlers, names unbound after, nesting,
# functions, generators and loops around it.
import sys

def run(label, f):
    try:
        r = f()
    except BaseException as e:
        print(label, "raised", repr(e))
    else:
        print(label, "returned", repr(r))

def no_exception():
    out = []
    try:
        out.append("body")
    except* ValueError:
        out.append("handler")
    else:
        out.append("else")
    finally:
        out.append("finally")
    return out

run("no exception", no_exception)

def handled():
    out = []
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError as e:
        out.append(("handler", repr(e), sys.exc_info()[0].__name__))
    else:
        out.append("else")
    finally:
        out.append(("finally", sys.exc_info()))
    out.append(("after", sys.exc_info()))
    return out

run("handled", handled)

def unhandled_finally():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        print("  handled the ValueError")
    finally:
        print("  finally sees", repr(sys.exc_info()[1]))

run("finally", unhandled_finally)

def name_cleared():
    try:
        raise ValueError(3)
    except* ValueError as e:
        pass
    try:
        return e
    except NameError as x:
        return str(x)

run("name cleared", name_cleared)

def several_clauses():
    hits = []
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2), OSError(3), KeyError(4)])
    except* ValueError as e:
        hits.append(("V", repr(e)))
    except* (TypeError, OSError) as e:
        hits.append(("T/O", repr(e)))
    except* LookupError as e:
        hits.append(("L", repr(e)))
    except* Exception as e:
        hits.append(("never", repr(e)))
    return hits

run("several", several_clauses)

def clause_order():
    hits = []
    try:
        raise ExceptionGroup("g", [KeyError(1), IndexError(2)])
    except* LookupError as e:
        hits.append(repr(e))
    except* KeyError as e:
        hits.append("not reached " + repr(e))
    return hits

run("order", clause_order)

def nested():
    try:
        try:
            raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
        except* ValueError as e:
            print("  inner V", repr(e))
    except* TypeError as e:
        print("  outer T", repr(e))
    return "done"

run("nested", nested)

def in_loop():
    out = []
    for i in range(3):
        try:
            if i == 1:
                raise KeyError(i)
            out.append(i)
        except* KeyError as e:
            out.append(repr(e))
            for j in range(5):
                if j == 1:
                    break
                out.append(("inner", j))
    return out

run("loop", in_loop)

def gen():
    try:
        yield 1
        raise ValueError("from gen")
    except* ValueError as e:
        yield repr(e)
    yield 3

run("generator", lambda: list(gen()))

def handler_raises_twice():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2), KeyError(3)])
    except* ValueError:
        raise RuntimeError("from V")
    except* TypeError:
        raise OSError("from T")

def check_twice():
    try:
        handler_raises_twice()
    except ExceptionGroup as e:
        print("  ", repr(e))
        for x in e.exceptions:
            print("  ", repr(x), repr(x.__context__))
        return "ok"

run("raise twice", check_twice)

def raise_group_from_handler():
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError:
        raise ExceptionGroup("new", [KeyError(9)])

run("group from handler", raise_group_from_handler)

def base_exceptions():
    try:
        raise BaseExceptionGroup("b", [KeyboardInterrupt(), ValueError(1)])
    except* KeyboardInterrupt as e:
        print("  KI", repr(e))

run("base", base_exceptions)

def naked_base():
    try:
        raise SystemExit(4)
    except* SystemExit as e:
        print("  wrapped", type(e).__name__, repr(e))

run("naked base", naked_base)

def reraise_whole():
    try:
        raise ExceptionGroup("g", [ValueError(1), ExceptionGroup("h", [TypeError(2)])])
    except* ValueError:
        raise
    except* TypeError:
        raise

run("reraise whole", reraise_whole)

def handled_then_raise_in_else():
    try:
        pass
    except* ValueError:
        pass
    else:
        raise KeyError("else")

run("else raises", handled_then_raise_in_else)

def with_finally_return():
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError:
        pass
    finally:
        print("  finally ran")
    return "after"

run("finally return", with_finally_return)

def exc_info_restored():
    try:
        raise KeyError("outer")
    except KeyError:
        try:
            raise ValueError(1)
        except* ValueError:
            print("  inside", repr(sys.exc_info()[1]))
        return repr(sys.exc_info()[1])

run("exc_info", exc_info_restored)

def type_evaluated_lazily():
    calls = []
    def t(x):
        calls.append(x.__name__)
        return x
    try:
        raise ValueError(1)
    except* t(ValueError):
        pass
    except* t(TypeError):
        pass
    return calls

run("lazy types", type_evaluated_lazily)
