# A bound method shows its function's attributes (Django's alters_data).
class A:
    def delete(self):
        return 1
    delete.alters_data = True
a = A()
print(a.delete.alters_data, getattr(a.delete, "alters_data", False), hasattr(a.delete, "nope"))
print(a.delete.__name__, a.delete.__qualname__, a.delete.__doc__)
try:
    a.delete.zzz
except AttributeError as e:
    print(e)
