class A:
    def who(self):
        return __class__.__name__

    def get_class(self):
        return __class__


class B(A):
    def who(self):
        return __class__.__name__ + " then " + super().who()


print(B().who(), A().get_class() is A, B().get_class() is A)


def standalone(self):
    return super(B, self).who()


B.extra = standalone
print(B().extra())


class Mixer:
    pass


def meth(self):
    try:
        return super().who()
    except RuntimeError as e:
        return type(e).__name__ + ": " + str(e)


Mixer.meth = meth
print(Mixer().meth())
