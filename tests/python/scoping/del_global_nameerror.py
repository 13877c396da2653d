temp = "exists"
print(temp)
del temp
try:
    print(temp)
except NameError as e:
    print(type(e).__name__, e)


def uses_temp():
    return temp


try:
    uses_temp()
except NameError as e:
    print(type(e).__name__, e)
temp = "back"
print(uses_temp())


def delete_global():
    global temp
    del temp


delete_global()
print("temp" in globals())
