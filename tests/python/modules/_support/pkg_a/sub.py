print("pkg_a.sub: executing, __name__ =", __name__, "__package__ =", __package__)


def f():
    return "pkg_a.sub.f"
