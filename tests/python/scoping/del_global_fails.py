message = "hello"


def show():
    return message.upper()


print(show())
del message
print(show())
