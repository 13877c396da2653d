x = 10


def only_reads():
    return x + 1


def assigns_later():
    y = x + 1
    x = 5
    return y


def global_decl():
    global x
    y = x + 1
    x = 5
    return y


print(only_reads())
try:
    assigns_later()
except UnboundLocalError as e:
    print(type(e).__name__, e)
print(global_decl(), x)


def nonlocal_unbound():
    def inner():
        return z
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    z = 1
    return inner()


print(nonlocal_unbound())
