def outside():
    return super()


try:
    outside()
except RuntimeError as e:
    print(type(e).__name__, e)


class A:
    def no_args():
        return super()

    @staticmethod
    def static():
        return super()

    def nested(self):
        def inner():
            return super().__repr__()
        return inner()


try:
    A.no_args()
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    A.static()
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    A().nested()
except RuntimeError as e:
    print(type(e).__name__, e)


class B:
    def method(self):
        return super().missing


try:
    B().method()
except AttributeError as e:
    print(type(e).__name__, e)


class C:
    def f(self):
        del self
        return super().__class__


try:
    C().f()
except RuntimeError as e:
    print(type(e).__name__, e)
