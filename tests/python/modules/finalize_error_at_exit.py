# A weakref.finalize failing at exit is reported; the other pending ones still run.
# (stderr is filtered to the exception's line: the frames inside weakref differ.)
import sys
import weakref


class LastLine:
    def write(self, text):
        if "ZeroDivisionError" in text:
            print("reported a ZeroDivisionError")
        return len(text)

    def flush(self):
        pass


sys.stderr = LastLine()


class A:
    pass


a = A()
b = A()
weakref.finalize(a, print, "finalize a")
weakref.finalize(b, lambda: 1 / 0)
print("end")
