value = "module level"
numbers = [1, 2]


def read_global():
    return value


def mutate_global_list():
    numbers.append(3)


print(read_global())
value = "rebound"
print(read_global())
mutate_global_list()
print(numbers)


def uses_builtin():
    return len("four")


print(uses_builtin())
len = lambda x: "shadowed len"
print(uses_builtin())
del len
print(uses_builtin())
