import sys

alpha = 1
beta = "two"


def show_locals(x, y=2):
    z = x + y
    return locals()


print(show_locals(1))
print(sorted(k for k in globals() if not k.startswith("__")))
print(globals()["alpha"], globals()["beta"], globals()["__name__"])
globals()["gamma"] = 3
print(gamma)
print(locals() is globals(), vars() is globals())
print(sorted(k for k in vars() if not k.startswith("__")) == sorted(k for k in globals() if not k.startswith("__")))


def shadow():
    alpha = "local"
    return locals()["alpha"], globals()["alpha"]


print(shadow())
print(vars(show_locals) == show_locals.__dict__, vars(show_locals))
try:
    vars(1)
except TypeError as e:
    print(type(e).__name__, e)
