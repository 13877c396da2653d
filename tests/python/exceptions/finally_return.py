def override():
    try:
        return "from try"
    finally:
        return "from finally"


def swallow():
    try:
        raise ValueError("lost")
    finally:
        return "finally swallowed the exception"


def finally_sees_value():
    x = 1
    try:
        return x
    finally:
        x = 2
        print("finally ran, x =", x)


def nested():
    try:
        try:
            return "inner try"
        finally:
            print("inner finally")
    finally:
        print("outer finally")


print(override())
print(swallow())
print(finally_sees_value())
print(nested())
