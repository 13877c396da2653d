# traceback: format_exception, format_exception_only, format_exc, print_exc.
import traceback
def f(x):
    return 1 / x
def g():
    try:
        f(0)
    except ZeroDivisionError:
        raise ValueError("bad") from None
try:
    g()
except Exception as e:
    print("".join(traceback.format_exception(e)), end="")
    print(traceback.format_exception_only(e))
    print(traceback.format_exc(), end="")
try:
    f(0)
except Exception:
    traceback.print_exc()
print(traceback.format_exc(), end="")
