class A:
    def f(self): return "A"
class B(A):
    @staticmethod
    def g():
        return super().f()
print(B.g())
