class Employee:
    raise_pct = 10

    def __init__(self, name, salary):
        self.name = name
        self.salary = salary

    def pay(self):
        return self.salary

    def give_raise(self):
        self.salary = self.salary * (100 + self.raise_pct) // 100

    def __repr__(self):
        return f"{type(self).__name__}({self.name!r}, {self.salary})"

    def __lt__(self, other):
        return self.pay() < other.pay()


class Manager(Employee):
    raise_pct = 20

    def __init__(self, name, salary, bonus):
        super().__init__(name, salary)
        self.bonus = bonus

    def pay(self):
        return super().pay() + self.bonus


class Intern(Employee):
    def give_raise(self):
        pass


staff = [Manager("m", 100, 50), Employee("e", 120), Intern("i", 10)]
for s in staff:
    s.give_raise()
print(staff)
print([s.pay() for s in staff], sorted(staff), max(staff).name)
print(sum(s.pay() for s in staff), [type(s).raise_pct for s in staff])
