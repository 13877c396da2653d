# format_exception / print_exception with chain=False draw the exception alone.
import sys
import traceback

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise KeyError("k")
except KeyError as e:
    print("".join(traceback.format_exception(e, chain=False)), end="")
    print("--")
    traceback.print_exception(e, chain=False, file=sys.stdout)
    print("--")
    print(len(traceback.format_exception(e)) > len(traceback.format_exception(e, chain=False)))
