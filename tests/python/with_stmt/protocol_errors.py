class NoEnter:
    def __exit__(self, *a):
        pass


class NoExit:
    def __enter__(self):
        print("enter called?")
        return self


class Neither:
    pass


for obj in (NoEnter(), NoExit(), Neither(), 5, None):
    try:
        with obj:
            print("body")
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)


class InstanceAttrs:
    pass


ia = InstanceAttrs()
ia.__enter__ = lambda: None
ia.__exit__ = lambda *a: None
try:
    with ia:
        pass
except TypeError as e:
    print(type(e).__name__, e)


class BadExitSignature:
    def __enter__(self):
        return self

    def __exit__(self):
        return False


try:
    with BadExitSignature():
        print("body runs")
except TypeError as e:
    print(type(e).__name__, e)
