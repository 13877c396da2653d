eggs = 43
spam = eggs - 1
print(spam)


def use_global():
    return eggs - 1


print(use_global())
eggs = 100
print(use_global())
print(spam)
