class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__(f"need {needed}, have {available}")
        self.needed = needed
        self.available = available


class Account:
    interest = 0.5
    _next_id = 1

    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = balance
        self.id = Account._next_id
        Account._next_id += 1
        self.history = []

    @property
    def balance(self):
        return self._balance

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self._balance += amount
        self.history.append(("deposit", amount))
        return self

    def withdraw(self, amount):
        if amount > self._balance:
            raise InsufficientFunds(amount, self._balance)
        self._balance -= amount
        self.history.append(("withdraw", amount))
        return self

    def __repr__(self):
        return f"Account(#{self.id} {self.owner}: {self._balance})"


a = Account("ann", 100)
b = Account("bob")
a.deposit(50).withdraw(30)
print(a, b, a.balance, a.history)
try:
    b.withdraw(10)
except InsufficientFunds as e:
    print(type(e).__name__, e, e.needed, e.available, e.args)
try:
    a.deposit(-5)
except ValueError as e:
    print(type(e).__name__, e)
try:
    a.balance = 0
except AttributeError as e:
    print(type(e).__name__, e)
print(sorted([b, a], key=lambda acc: acc.balance))
