x = "global"


def reads_then_assigns():
    print(x)
    x = "local"


try:
    reads_then_assigns()
except UnboundLocalError as e:
    print(type(e).__name__, e)
print(isinstance(UnboundLocalError(), NameError))


def augmented():
    x += "!"


try:
    augmented()
except UnboundLocalError as e:
    print(type(e).__name__, e)


def conditional(flag):
    if flag:
        y = 1
    return y


print(conditional(True))
try:
    conditional(False)
except UnboundLocalError as e:
    print(type(e).__name__, e)
