class A:
    def __eq__(self, other):
        print("A.__eq__", type(other).__name__)
        return NotImplemented


class B:
    def __eq__(self, other):
        print("B.__eq__", type(other).__name__)
        return "B says equal"


print(A() == B())
print(B() == A())
print(1 == A())
print(A() != B())
print([A()] == [A()])
a = A()
print([a] == [a], a in [a], (a,) == (a,))
print(A() in [1, 2])
print({1: 2} == {1: A()})
