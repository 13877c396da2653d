class LoggingNamespace(dict):
    def __setitem__(self, key, value):
        if not key.startswith("__"):
            print("define", key)
        super().__setitem__(key, value)


class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kwargs):
        print("prepare", name, kwargs)
        ns = LoggingNamespace()
        ns["injected"] = "from prepare"
        return ns

    def __new__(mcls, name, bases, ns, **kwargs):
        print("namespace type:", type(ns).__name__)
        return super().__new__(mcls, name, bases, dict(ns))


class A(metaclass=Meta, flavor="x"):
    a = 1
    b = a + 1

    def m(self):
        return injected


print(A.a, A.b, A.injected)
try:
    A().m()
except NameError as e:
    print(type(e).__name__, e)
