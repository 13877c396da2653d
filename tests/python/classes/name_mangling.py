class Account:
    __count = 0

    def __init__(self, owner):
        self.__owner = owner
        self._visible = True
        Account.__count += 1

    def owner(self):
        return self.__owner

    @classmethod
    def count(cls):
        return cls.__count

    def __dunder__(self):
        return "not mangled"


a = Account("ann")
Account("bob")
print(a.owner(), Account.count(), sorted(vars(a)))
print(a._Account__owner, Account._Account__count, a.__dunder__())
try:
    a.__owner
except AttributeError as e:
    print(type(e).__name__, e)


class Sub(Account):
    def peek(self):
        try:
            return self.__owner
        except AttributeError as e:
            return f"{type(e).__name__}: {e}"


print(Sub("cy").peek())


class _Lead:
    def get(self):
        self.__x = 1
        return sorted(vars(self))


class __Dunder:
    def get(self):
        self.__y = 2
        return sorted(vars(self))


print(_Lead().get(), __Dunder().get())
print(getattr(a, "__owner", "no plain name"), hasattr(a, "_Account__owner"))
