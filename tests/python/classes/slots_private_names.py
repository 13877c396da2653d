# Private names in __slots__ are mangled like any other private name in the class body.
class Account:
    __slots__ = ("owner", "__balance", "__weakref__")

    def __init__(self, owner, balance):
        self.owner = owner
        self.__balance = balance

    def balance(self):
        return self.__balance


a = Account("ann", 10)
print(a.balance(), a._Account__balance, sorted(n for n in Account.__dict__ if "balance" in n))
try:
    a.__balance
except AttributeError as e:
    print("AttributeError", e)


class _Private:
    __slots__ = ("__x",)

    def __init__(self):
        self.__x = 1


print(_Private()._Private__x)
