# More except* cases: a failing type expression, re-raising a leaf, BaseExceptions, generators, with blocks, nested try, a group subclass.
import sys

def run(label, f):
    try:
        r = f()
    except BaseException as e:
        print(label, "raised", repr(e), "context:", repr(e.__context__))
    else:
        print(label, "returned", repr(r))

def bad_type_expr():
    try:
        raise ValueError(1)
    except* undefined_name:
        pass

run("type expr fails", bad_type_expr)

def raise_leaf():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError as eg:
        raise eg.exceptions[0]

run("raise leaf", raise_leaf)

def raise_leaf_naked():
    try:
        raise ValueError(1)
    except* ValueError as eg:
        raise eg.exceptions[0]

run("raise leaf naked", raise_leaf_naked)

def catch_base_wrapper():
    r = None
    try:
        raise BaseExceptionGroup("b", [KeyboardInterrupt(), SystemExit(2), ValueError(3)])
    except* BaseException as e:
        r = repr(e)
    return r

run("catch base", catch_base_wrapper)

def throw_into_gen():
    def g():
        try:
            yield 1
        except* KeyError as e:
            yield ("caught", repr(e))
    it = g()
    next(it)
    return it.throw(ExceptionGroup("thrown", [KeyError("k")]))

run("gen throw", throw_into_gen)

def exc_in_second_handler_sees_match():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        pass
    except* TypeError:
        return_value = sys.exc_info()[1]
        raise KeyError(repr(return_value))

run("exc_info in 2nd", exc_in_second_handler_sees_match)

def nested_try_inside_handler():
    out = []
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError:
        try:
            raise KeyError("inner")
        except KeyError as k:
            out.append(("inner caught", repr(k), repr(k.__context__)))
        out.append(("exc_info", repr(sys.exc_info()[1])))
    return out

run("nested try", nested_try_inside_handler)

def with_inside():
    class CM:
        def __enter__(self): return self
        def __exit__(self, *a):
            print("  exit", a[0])
            return True
    try:
        raise ValueError(1)
    except* ValueError:
        with CM():
            raise KeyError(2)
    return "swallowed"

run("with inside", with_inside)

def empty_body_groups():
    try:
        raise ExceptionGroup("g", [ValueError(1), ValueError(2)])
    except* ValueError as e:
        return_ = len(e.exceptions)
    return return_

run("count", empty_body_groups)

def subclass_group_raised():
    class MyEG(ExceptionGroup):
        def derive(self, excs):
            return MyEG(self.message + "!", excs)
    try:
        raise MyEG("mine", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        print("  match", type(e).__name__, repr(e))

run("subclass", subclass_group_raised)
