a = 1
b = [1, 2, 3]
c = {"k": "v", "j": "w"}
del a
try:
    print(a)
except NameError as e:
    print(type(e).__name__, e)
del b[1], c["k"]
print(b, c)
x, y = 1, 2
del x, y
try:
    y
except NameError as e:
    print(type(e).__name__, e)
try:
    del undefined_name
except NameError as e:
    print(type(e).__name__, e)
lst = [1, 2, 3, 4, 5]
del lst[1:4]
print(lst)
z = 5
del (z)
print("z" in dir())


def local_del():
    v = 1
    del v
    try:
        return v
    except UnboundLocalError as e:
        return type(e).__name__ + ": " + str(e)


print(local_del())
