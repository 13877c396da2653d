def add_two_numbers(first, second):
    return first + second


print(add_two_numbers(1, 2))
print(add_two_numbers(-7, 3))
print(add_two_numbers(2**64, 1))
print(add_two_numbers(10**30, -(10**30)))
print(add_two_numbers(1.5, 2.25))
print(add_two_numbers(1, 0.5))
print(add_two_numbers("foo", "bar"))
print(add_two_numbers("", "x"))
print(add_two_numbers(True, True))
result = add_two_numbers(40, 2)
print(result, type(result))
